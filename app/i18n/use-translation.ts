import { useRouteLoaderData } from "@remix-run/react";
import { DEFAULT_LOCALE, type Locale, translator } from "./translate";

export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale: Locale }>("root");
  return data?.locale ?? DEFAULT_LOCALE;
}

export function useTranslation() {
  const locale = useLocale();
  return { t: translator(locale), locale };
}
