/**
 * Your network: drop or pick a network file (.json) or an edge list (.csv). It is read and computed in
 * this browser — never uploaded — up to a stated size, with every problem worded in the reader's
 * language with its path and line. A network file gets the solve view; an edge list the loop views.
 * The file stays in the page's memory only, so the URL holds the model and its options, not the data.
 */
import { problemMessage } from "@i18n/index.ts";
import { type DragEvent, useState } from "react";
import { useI18n } from "../i18n/index.ts";
import { LoopsView } from "./upload/LoopsView.tsx";
import {
  EXAMPLES,
  precheck,
  readUpload,
  readUploadBytes,
  UPLOAD_LIMIT_BYTES,
  type Upload,
} from "./upload/read-upload.ts";
import { SolveView } from "./upload/SolveView.tsx";

type State = { state: "empty" } | { state: "reading"; name: string } | { state: "read"; upload: Upload };

/** A byte count for people: 512 B, 3.2 KB, 5 MB (binary multiples, as the limit is). */
function useSize() {
  const { m, number } = useI18n();
  return (bytes: number) =>
    bytes < 1024
      ? m("web.upload.bytes", { n: number(bytes, 0) })
      : bytes < 1024 * 1024
        ? m("web.upload.kib", { n: number(bytes / 1024, 1) })
        : m("web.upload.mib", { n: number(bytes / 1024 / 1024, 1) });
}

export default function UploadPage() {
  const { m, lang } = useI18n();
  const size = useSize();
  const [state, setState] = useState<State>({ state: "empty" });
  const [over, setOver] = useState(false);

  const take = async (file: File) => {
    const early = precheck(file.name, file.size);
    if (early) {
      setState({ state: "read", upload: early });
      return;
    }
    setState({ state: "reading", name: file.name });
    const bytes = new Uint8Array(await file.arrayBuffer());
    setState({ state: "read", upload: readUploadBytes(file.name, bytes) });
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) void take(file);
  };
  const upload = state.state === "read" ? state.upload : null;

  return (
    <article className="page upload">
      <h1>{m("web.upload.heading")}</h1>
      <p className="intro">{m("web.upload.intro")}</p>
      <section
        className="drop"
        data-over={over}
        aria-labelledby="drop-heading"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <h2 id="drop-heading" className="visually-hidden">
          {m("web.upload.choose")}
        </h2>
        {/* A button in the page's language over a hidden input: the browser's own file input says
            "Choose File" / "No file chosen" in the browser's language, whatever the page's. */}
        <label className="file-pick">
          <span className="file-button">{m("web.upload.choose")}</span> <span>{m("web.upload.drop")}</span>
          <input
            className="visually-hidden"
            type="file"
            data-control="file"
            accept=".json,.csv,application/json,text/csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void take(file);
              e.target.value = "";
            }}
          />
        </label>
        <p className="hint">{m("web.upload.formats", { limit: size(UPLOAD_LIMIT_BYTES) })}</p>
        <p className="hint">
          {m("web.upload.examples")}{" "}
          <button
            type="button"
            className="link"
            data-action="example-network"
            onClick={() =>
              setState({ state: "read", upload: readUpload(EXAMPLES.network.name, EXAMPLES.network.text) })
            }
          >
            {m("web.upload.exampleNetwork")}
          </button>
          {" · "}
          <button
            type="button"
            className="link"
            data-action="example-edges"
            onClick={() =>
              setState({ state: "read", upload: readUpload(EXAMPLES.edges.name, EXAMPLES.edges.text) })
            }
          >
            {m("web.upload.exampleEdges")}
          </button>
        </p>
      </section>

      {state.state === "reading" ? (
        <p className="status" role="status">
          {m("web.upload.reading", { name: state.name })}
        </p>
      ) : null}
      {upload ? (
        <section aria-labelledby="file-heading" data-upload={upload.kind}>
          <h2 id="file-heading" dir="auto">
            {m("web.upload.file", { name: upload.name, size: size(upload.bytes) })}
          </h2>
          {upload.kind === "too-large" ? (
            <p className="status error" role="alert" data-figure="upload-error">
              {m("web.upload.tooLarge", {
                name: upload.name,
                size: size(upload.bytes),
                limit: size(UPLOAD_LIMIT_BYTES),
              })}
            </p>
          ) : upload.kind === "unknown-type" ? (
            <p className="status error" role="alert" data-figure="upload-error">
              {m("web.upload.unknownType", { name: upload.name })}
            </p>
          ) : upload.kind === "invalid" ? (
            <div role="alert" data-figure="upload-error">
              <p className="status error">
                {m("web.upload.invalid", { name: upload.name, count: upload.problems.length })}
              </p>
              <ul className="problems">
                {upload.problems.map((p, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: problems are listed in file order.
                  <li key={i} data-code={p.code} data-path={p.path} data-line={p.line ?? ""}>
                    {p.line !== undefined ? <>{m("web.upload.line", { line: p.line })}: </> : null}
                    {p.path ? (
                      <>
                        <code dir="ltr">{p.path}</code>:{" "}
                      </>
                    ) : null}
                    {problemMessage(lang, p.code, p.params)}
                  </li>
                ))}
              </ul>
            </div>
          ) : upload.kind === "network" ? (
            <SolveView name={upload.name} network={upload.network} fileModel={upload.model} />
          ) : (
            <LoopsView edges={upload.edges} rows={upload.rows} selfLoops={upload.selfLoops} />
          )}
        </section>
      ) : null}
    </article>
  );
}
