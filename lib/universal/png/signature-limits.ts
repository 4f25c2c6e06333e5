/** Largest drawn signature the server and the browser accept, in pixels (the signature pad stays within). */
export const SIGNATURE_MAX_WIDTH = 1500;
export const SIGNATURE_MAX_HEIGHT = 600;
