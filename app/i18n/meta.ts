import type { MetaFunction } from "@remix-run/node";
import { DEFAULT_LOCALE, type MessageKey, isLocale, translator } from "./translate";

/** A page title in the visitor's language, from the root loader's locale. */
export function pageTitle(key: MessageKey): MetaFunction {
  return ({ matches }) => {
    const rootData = matches.find((match) => match.id === "root")?.data as { locale?: unknown } | undefined;
    const locale = isLocale(rootData?.locale) ? rootData.locale : DEFAULT_LOCALE;
    const t = translator(locale);
    return [{ title: `${t(key)} — ${t("app.name")}` }];
  };
}
