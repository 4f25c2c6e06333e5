/**
 * A signature pad on a <canvas>: pointer events cover mouse, finger and stylus alike (with pen pressure when
 * the device reports it). The drawing is exported as a PNG data URL after each stroke, which is what the
 * letter embeds. Plain DOM code: the React component only mounts it.
 */
import { SIGNATURE_MAX_HEIGHT, SIGNATURE_MAX_WIDTH } from "@/lib/universal/png/signature-limits";

export interface SignaturePadOptions {
  /** Called after each stroke with the drawing as a PNG data URL, and with "" after clear(). */
  onChange: (png: string) => void;
  /** Ink colour: dark blue reads as a hand signature and prints well. */
  color?: string;
}

/** Higher pixel ratios add weight without visible gain on paper. */
const MAX_PIXEL_RATIO = 2;

export class SignaturePad {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly options: SignaturePadOptions;
  private drawing = false;
  private pointerId: number | null = null;
  private last: { x: number; y: number } | null = null;
  private hasInk = false;
  private readonly cleanup: (() => void)[] = [];

  constructor(canvas: HTMLCanvasElement, options: SignaturePadOptions) {
    const context = canvas.getContext("2d");
    if (!context) throw new Error("Canvas 2D is not available.");
    this.canvas = canvas;
    this.context = context;
    this.options = options;
    this.resize();
    this.listen("pointerdown", (event) => this.start(event));
    this.listen("pointermove", (event) => this.move(event));
    this.listen("pointerup", (event) => this.end(event));
    this.listen("pointercancel", (event) => this.end(event));
  }

  private listen(
    type: "pointerdown" | "pointermove" | "pointerup" | "pointercancel",
    handler: (e: PointerEvent) => void,
  ) {
    this.canvas.addEventListener(type, handler);
    this.cleanup.push(() => this.canvas.removeEventListener(type, handler));
  }

  /** Matches the bitmap to the displayed size, keeping what is drawn. */
  resize(): void {
    const rect = this.canvas.getBoundingClientRect();
    // The bitmap stays within what the server accepts (SIGNATURE_MAX_WIDTH × SIGNATURE_MAX_HEIGHT),
    // whatever the zoom or the font size makes of the box.
    const ratio = Math.min(
      window.devicePixelRatio || 1,
      MAX_PIXEL_RATIO,
      SIGNATURE_MAX_WIDTH / Math.max(1, rect.width),
      SIGNATURE_MAX_HEIGHT / Math.max(1, rect.height),
    );
    const width = Math.min(SIGNATURE_MAX_WIDTH, Math.max(1, Math.round(rect.width * ratio)));
    const height = Math.min(SIGNATURE_MAX_HEIGHT, Math.max(1, Math.round(rect.height * ratio)));
    if (width === this.canvas.width && height === this.canvas.height) return;
    const previous = this.hasInk ? this.canvas.toDataURL("image/png") : "";
    this.canvas.width = width;
    this.canvas.height = height;
    this.context.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (previous) void this.load(previous);
  }

  /** Draws a previously exported signature back (after a reload), scaled to the pad. */
  load(png: string): Promise<void> {
    return new Promise((resolve) => {
      if (!png) return resolve();
      const image = new Image();
      image.onload = () => {
        const rect = this.canvas.getBoundingClientRect();
        this.context.clearRect(0, 0, rect.width, rect.height);
        this.context.drawImage(image, 0, 0, rect.width, rect.height);
        this.hasInk = true;
        resolve();
      };
      image.onerror = () => resolve();
      image.src = png;
    });
  }

  clear(): void {
    this.context.save();
    this.context.setTransform(1, 0, 0, 1, 0, 0);
    this.context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.context.restore();
    this.hasInk = false;
    this.options.onChange("");
  }

  destroy(): void {
    for (const remove of this.cleanup) remove();
  }

  private point(event: PointerEvent) {
    const rect = this.canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  private width(event: PointerEvent): number {
    // Pens report pressure; mice report 0.5 while pressed, fingers often 0 or 1: use a steady width for them.
    const pressure = event.pointerType === "pen" && event.pressure > 0 ? event.pressure : 0.5;
    return 1.2 + pressure * 2.4;
  }

  private start(event: PointerEvent): void {
    if (this.drawing || (event.pointerType === "mouse" && event.button !== 0)) return;
    event.preventDefault();
    this.drawing = true;
    this.pointerId = event.pointerId;
    this.canvas.setPointerCapture?.(event.pointerId);
    this.last = this.point(event);
    this.dot(this.last, this.width(event));
  }

  private move(event: PointerEvent): void {
    if (!this.drawing || event.pointerId !== this.pointerId) return;
    event.preventDefault();
    const events = typeof event.getCoalescedEvents === "function" ? event.getCoalescedEvents() : [];
    for (const e of events.length > 0 ? events : [event]) {
      const next = this.point(e);
      if (this.last) this.segment(this.last, next, this.width(e));
      this.last = next;
    }
  }

  private end(event: PointerEvent): void {
    if (!this.drawing || event.pointerId !== this.pointerId) return;
    this.drawing = false;
    this.pointerId = null;
    this.last = null;
    this.hasInk = true;
    this.options.onChange(this.canvas.toDataURL("image/png"));
  }

  private dot(at: { x: number; y: number }, width: number): void {
    this.context.fillStyle = this.options.color ?? "#0b2a6b";
    this.context.beginPath();
    this.context.arc(at.x, at.y, width / 2, 0, Math.PI * 2);
    this.context.fill();
  }

  private segment(from: { x: number; y: number }, to: { x: number; y: number }, width: number): void {
    this.context.strokeStyle = this.options.color ?? "#0b2a6b";
    this.context.lineWidth = width;
    this.context.lineCap = "round";
    this.context.lineJoin = "round";
    this.context.beginPath();
    this.context.moveTo(from.x, from.y);
    this.context.lineTo(to.x, to.y);
    this.context.stroke();
  }
}
