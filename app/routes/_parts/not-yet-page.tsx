// Pages whose capability a later release builds: the role check is real, the content is
// an honest "nog niet beschikbaar".
import { NotYetAvailable } from "~/components/layout";
import type { MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

export function NotYetPage({ title }: { title: MessageKey }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t(title)}</h1>
      <NotYetAvailable />
    </>
  );
}
