/**
 * The social preview image (1200×630), drawn by next/og (Satori): inline styles and flexbox only.
 * Text uses the app's own DejaVu Serif Condensed (lib/server/sharing/og-image.ts): nothing is fetched.
 */
export const OG_SIZE = { width: 1200, height: 630 };

export function OgCard({
  siteName,
  title,
  tagline,
  sharedBy,
}: {
  siteName: string;
  title: string;
  tagline: string;
  sharedBy?: string;
}) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "linear-gradient(135deg, #0b3d91 0%, #082d6b 100%)",
        color: "#ffffff",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
        <div
          style={{
            width: 64,
            height: 64,
            borderRadius: 32,
            background: "#ffffff",
            color: "#0b3d91",
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            fontSize: 40,
          }}
        >
          §
        </div>
        <div style={{ fontSize: 34, opacity: 0.95 }}>{siteName}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 28 }}>
        {sharedBy ? (
          <div
            style={{
              display: "flex",
              alignSelf: "flex-start",
              padding: "10px 24px",
              borderRadius: 999,
              background: "#ffbf47",
              color: "#1a1f2b",
              fontSize: 32,
            }}
          >
            {sharedBy}
          </div>
        ) : null}
        <div style={{ fontSize: sharedBy ? 66 : 74, lineHeight: 1.12, letterSpacing: -1 }}>{title}</div>
      </div>
      <div
        style={{
          display: "flex",
          fontSize: 26,
          color: "#dbe6fb",
          borderTop: "2px solid #5a7fc0",
          paddingTop: 24,
        }}
      >
        {tagline}
      </div>
    </div>
  );
}
