import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Everything but API routes, embeds, Next.js internals and files with an extension.
  matcher: "/((?!api|embed|_next|_vercel|.*\\..*).*)",
};
