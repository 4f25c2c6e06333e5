import Link from "next/link";
import { MESSAGES } from "@/lib/i18n/messages";

// Reached only for paths the proxy does not localise (e.g. /embed/unknown/extra): both languages at once.
export default function GlobalNotFound() {
  const en = MESSAGES.en.NotFound;
  const fr = MESSAGES.fr.NotFound;
  return (
    <html lang="en">
      <body>
        <main className="container narrow" id="main">
          <h1>{en.title}</h1>
          <p>{en.body}</p>
          <p>
            <Link href="/en">{en.home}</Link>
          </p>
          <h2 lang="fr">{fr.title}</h2>
          <p lang="fr">{fr.body}</p>
          <p lang="fr">
            <Link href="/fr">{fr.home}</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
