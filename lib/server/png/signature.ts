import "server-only";
import { promisify } from "node:util";
import { constants, deflate as zlibDeflate, inflate as zlibInflate, type InputType } from "node:zlib";
import {
  SignaturePngError,
  canonicalSignatureDataUrl,
  type PngCodec,
  type SignaturePngProblem,
} from "@/lib/universal/png/signature-png";

const inflateAsync = promisify<InputType, { maxOutputLength: number }, Buffer>(zlibInflate);
const deflateAsync = promisify<InputType, { level: number }, Buffer>(zlibDeflate);

/**
 * Node's zlib on the thread pool (not the event loop): inflating stops with an error as soon as the
 * output passes `maxOutputLength`, so a decompression bomb costs at most the declared image size.
 */
export const nodePngCodec: PngCodec = {
  inflate: async (data, maxOutputLength) => {
    // zlib refuses a zero bound; the decoder never asks for less than one row.
    const out = await inflateAsync(data, { maxOutputLength: Math.max(1, maxOutputLength) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  deflate: async (data) => {
    const out = await deflateAsync(data, { level: constants.Z_BEST_COMPRESSION });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
};

/** Message keys (Validation namespace) for a refused signature image. */
export const SIGNATURE_PROBLEM_KEYS: Record<SignaturePngProblem, string> = {
  "not-png": "Validation.signature.notPng",
  structure: "Validation.signature.unreadable",
  crc: "Validation.signature.unreadable",
  data: "Validation.signature.unreadable",
  filter: "Validation.signature.unreadable",
  unsupported: "Validation.signature.unsupported",
  dimensions: "Validation.signature.dimensions",
};

export type CanonicalSignature = { ok: true; png: string } | { ok: false; key: string };

/** Decodes a drawn signature fully and re-encodes it, or says which message explains the refusal. */
export async function canonicalSignature(dataUrl: string): Promise<CanonicalSignature> {
  try {
    return { ok: true, png: await canonicalSignatureDataUrl(dataUrl, nodePngCodec) };
  } catch (error) {
    if (error instanceof SignaturePngError) return { ok: false, key: SIGNATURE_PROBLEM_KEYS[error.problem] };
    return { ok: false, key: SIGNATURE_PROBLEM_KEYS.data };
  }
}

type SignatureAnswer = { type: "typed" } | { type: "drawn"; png: string };

/**
 * The answers with a drawn signature decoded fully and re-encoded, before any renderer sees it (the letter
 * and the follow-ups share this), or the refusal's message key for the `signature.png` field.
 */
export async function withCanonicalSignature<T extends { signature: SignatureAnswer }>(
  answers: T,
): Promise<{ ok: true; answers: T } | { ok: false; key: string }> {
  if (answers.signature.type !== "drawn") return { ok: true, answers };
  const signature = await canonicalSignature(answers.signature.png);
  if (!signature.ok) return { ok: false, key: signature.key };
  return { ok: true, answers: { ...answers, signature: { type: "drawn", png: signature.png } } };
}
