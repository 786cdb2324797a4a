import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { navigationFor } from "~/auth/navigation";
import type { Role } from "~/auth/roles";
import { useTranslation } from "~/i18n/use-translation";

export interface LayoutUser {
  name: string;
  roles: Role[];
}

export function Layout({ user, children }: { user: LayoutUser | null; children: ReactNode }) {
  const { t, locale } = useTranslation();
  const location = useLocation();
  const otherLocale = locale === "nl" ? "en" : "nl";
  return (
    <>
      <a className="skip-link" href="#inhoud">
        {t("layout.skipToContent")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="site-header__brand" href="/">
            {t("app.name")}
            <span className="site-header__tagline">{t("app.tagline")}</span>
          </a>
          <div className="site-header__tools">
            <Form method="post" action="/taal" className="inline-form">
              <input type="hidden" name="locale" value={otherLocale} />
              <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
              <button type="submit" className="link-button" lang={otherLocale} aria-label={t("layout.switchLanguageLabel")}>
                {t("layout.switchLanguage")}
              </button>
            </Form>
            {user ? (
              <>
                <span className="site-header__user">{t("layout.signedInAs", { name: user.name })}</span>
                <Form method="post" action="/logout" className="inline-form">
                  <button type="submit" className="link-button">
                    {t("layout.logout")}
                  </button>
                </Form>
              </>
            ) : null}
          </div>
        </div>
        {user ? (
          <nav className="site-nav" aria-label={t("layout.mainNavigation")}>
            <ul>
              {navigationFor(user.roles).map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end>
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="inhoud" tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("layout.footer")}</p>
        <p>
          <Link to="/verificatie">{t("layout.verifyCertificate")}</Link>
        </p>
      </footer>
    </>
  );
}

export function NotYetAvailable() {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="not-yet-title">
      <h2 id="not-yet-title">{t("notYet.title")}</h2>
      <p>{t("notYet.body")}</p>
    </section>
  );
}
