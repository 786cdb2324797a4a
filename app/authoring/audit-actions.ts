// The actions the audit log records; the admin page lists them as filters, so this module
// is not server-only.
export const AUDIT_ACTIONS = [
  "cursus.aangemaakt",
  "concept.gestart",
  "concept.verworpen",
  "les.toegevoegd",
  "les.gewijzigd",
  "les.hernoemd",
  "les.verplaatst",
  "les.verwijderd",
  "bestand.gewijzigd",
  "concept.ingediend",
  "concept.teruggetrokken",
  "concept.wijzigingen-gevraagd",
  "concept.goedgekeurd",
  "versie.gepubliceerd",
  "versie.teruggezet",
  "cursus.teruggetrokken",
  "cursus.weer-beschikbaar",
  "cursus.geexporteerd",
  "cursus.geimporteerd",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
