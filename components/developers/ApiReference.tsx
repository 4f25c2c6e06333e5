import { getTranslations } from "next-intl/server";
import {
  API_ROUTES,
  API_TAGS,
  jsonSchema,
  type ApiParameter,
  type ApiRoute,
} from "@/lib/universal/api/openapi";
import type { Locale } from "@/lib/universal/i18n/locales";
import styles from "./ApiReference.module.css";

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** What a parameter accepts, in a few words: its values, its pattern or its type. */
function values(parameter: ApiParameter): string {
  const schema = jsonSchema(parameter.schema) as {
    enum?: unknown[];
    const?: unknown;
    pattern?: string;
    type?: string;
    format?: string;
  };
  if (schema.enum) return schema.enum.join(" | ");
  if (schema.const !== undefined) return String(schema.const);
  if (schema.format) return schema.format;
  if (schema.pattern) return schema.pattern;
  return schema.type ?? "";
}

const anchor = (route: ApiRoute) => `api-${route.id}`;

/** The API reference, rendered on the server from the same registry as `/api/v1/openapi.json`. */
export async function ApiReference({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Developers" });
  return (
    <>
      <nav aria-labelledby="api-contents">
        <h2 id="api-contents">{t("contents")}</h2>
        <ul>
          {API_ROUTES.map((route) => (
            <li key={route.id}>
              <a href={`#${anchor(route)}`}>
                <code>
                  {route.method.toUpperCase()} {route.path}
                </code>
              </a>{" "}
              {t(`operations.${route.id}.summary` as never)}
            </li>
          ))}
        </ul>
      </nav>
      {API_TAGS.map((tag) => {
        const routes = API_ROUTES.filter((route) => route.tag === tag);
        if (routes.length === 0) return null;
        return (
          <section key={tag} aria-labelledby={`api-tag-${tag}`}>
            <h2 id={`api-tag-${tag}`}>{t(`tags.${tag}`)}</h2>
            {routes.map((route) => (
              <section key={route.id} className={styles.route} aria-labelledby={anchor(route)}>
                <h3 id={anchor(route)} className={styles.signature}>
                  <code>
                    <span className={styles.method}>{route.method.toUpperCase()}</span> {route.path}
                  </code>
                </h3>
                <p>
                  <strong>{t(`operations.${route.id}.summary` as never)}.</strong>{" "}
                  {t(`operations.${route.id}.description` as never)}
                </p>
                {route.parameters && (
                  <>
                    <h4>{t("parameters")}</h4>
                    <div className={styles.tableWrap}>
                      <table className={styles.table}>
                        <thead>
                          <tr>
                            <th scope="col">{t("parameter")}</th>
                            <th scope="col">{t("where")}</th>
                            <th scope="col">{t("required")}</th>
                            <th scope="col">{t("type")}</th>
                            <th scope="col">{t("example")}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {route.parameters.map((parameter) => (
                            <tr key={`${parameter.in}-${parameter.name}`}>
                              <th scope="row">
                                <code>{parameter.name}</code>
                              </th>
                              <td>{parameter.in}</td>
                              <td>{parameter.required ? t("yes") : t("no")}</td>
                              <td>
                                <code>{values(parameter)}</code>
                              </td>
                              <td>
                                <code>{parameter.example}</code>
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </>
                )}
                {route.body && (
                  <>
                    <h4>{t("requestBody")}</h4>
                    <p>{t("bodyLimit", { kib: route.body.maxBytes / 1024 })}</p>
                    <pre className={styles.code} tabIndex={0} aria-label={t("example")}>
                      {pretty(route.body.example)}
                    </pre>
                    <details>
                      <summary>{t("schema")}</summary>
                      <pre className={styles.code} tabIndex={0}>
                        {pretty(jsonSchema(route.body.schema))}
                      </pre>
                    </details>
                  </>
                )}
                <h4>{t("responses")}</h4>
                <ul className={styles.responses}>
                  {route.responses.map((response, index) => (
                    <li key={`${response.status}-${index}`}>
                      <strong>{response.status}</strong> {t(`status.${response.status}` as never)} (
                      {t(`content.${response.content}`)})
                      {response.errors && <>; {t("errorCodes", { codes: response.errors.join(", ") })}</>}
                      {response.headers && <>; {t("headers", { names: response.headers.join(", ") })}</>}
                      {response.example !== undefined && (
                        <pre className={styles.code} tabIndex={0} aria-label={t("example")}>
                          {pretty(response.example)}
                        </pre>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </section>
        );
      })}
    </>
  );
}
