// Twitter/X reads its own tag: the same picture as the Open Graph one. Config values must be literals here.
export const contentType = "image/png";
export const dynamic = "force-dynamic";
export { generateImageMetadata, default } from "./opengraph-image";
