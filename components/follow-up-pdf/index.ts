import { createElement, type ReactElement } from "react";
import type { DocumentProps } from "@react-pdf/renderer";
import type { FollowUpModel } from "@/lib/universal/follow-up/model";
import { FollowUpDocument } from "./FollowUpDocument";

/** The follow-up element for react-pdf's `renderToBuffer` / `pdf()`, usable from .ts files. */
export function createFollowUpDocument(model: FollowUpModel): ReactElement<DocumentProps> {
  return createElement(FollowUpDocument, { model }) as unknown as ReactElement<DocumentProps>;
}
