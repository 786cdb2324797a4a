// Messages of one feature, merged into the Dutch and English tables in messages.*.ts.
export const xapiNl = {
  "xapi.title": "Leerregistraties (xAPI)",
  "xapi.intro":
    "Signaal legt elke stap die een deelnemer in een cursus zet ook vast als leerregistratie: een kort bericht in xAPI, de internationale standaard voor leergegevens. Zo’n bericht zegt bijvoorbeeld ‘beantwoordde een keuze in het scenario’, ‘is geslaagd voor de toets’ of ‘heeft de les afgerond’.",
  "xapi.privacy":
    "Een leerregistratie noemt de deelnemer niet bij naam of e-mailadres, alleen met een intern nummer van Signaal. Wat iemand in een reflectie schrijft, staat er niet in.",
  "xapi.purpose":
    "Later kunnen deze registraties vanzelf naar een learning record store (LRS) gaan: een systeem dat leergegevens bewaart en analyseert. Tot het zover is, download je ze hier als JSON-bestand, bijvoorbeeld om ze in zo’n systeem in te lezen.",
  "xapi.periodTitle": "Periode kiezen",
  "xapi.periodIntro": "Laat beide velden leeg voor alle leerregistraties.",
  "xapi.from": "Van",
  "xapi.to": "Tot en met",
  "xapi.dateHint": "Bijvoorbeeld 31-01-2025",
  "xapi.show": "Aantal bekijken",
  "xapi.countAll": "Er zijn in totaal {count} leerregistraties opgeslagen.",
  "xapi.countPeriod": "In de gekozen periode zijn {count} leerregistraties opgeslagen.",
  "xapi.download": "Downloaden als JSON",
  "xapi.downloadHint": "Het bestand is een JSON-lijst van xAPI-statements, gesorteerd op tijdstip. Bij veel registraties kan het downloaden even duren.",
  "xapi.nothing": "Er is niets te downloaden.",
  "xapi.fromInvalid": "Vul bij ‘Van’ een bestaande datum in, zoals 31-01-2025.",
  "xapi.toInvalid": "Vul bij ‘Tot en met’ een bestaande datum in, zoals 31-01-2025.",
  "xapi.toBeforeFrom": "De datum bij ‘Tot en met’ moet op of na de datum bij ‘Van’ liggen.",
  "xapi.adminIntro": "Elke stap die deelnemers zetten, bewaard in de xAPI-standaard voor een learning record store.",
  "xapi.adminLink": "Leerregistraties (xAPI) downloaden",
} as const;

export const xapiEn: Record<keyof typeof xapiNl, string> = {
  "xapi.title": "Learning records (xAPI)",
  "xapi.intro":
    "Signaal also records every step a participant takes in a course as a learning record: a short message in xAPI, the international standard for learning data. Such a message says, for example, ‘answered a choice in the scenario’, ‘passed the quiz’ or ‘completed the lesson’.",
  "xapi.privacy":
    "A learning record does not name the participant or give their e-mail address, only an internal Signaal number. What someone writes in a reflection is not included.",
  "xapi.purpose":
    "Later these records can go to a learning record store (LRS) automatically: a system that keeps and analyses learning data. Until then, download them here as a JSON file, for example to import them into such a system.",
  "xapi.periodTitle": "Choose a period",
  "xapi.periodIntro": "Leave both fields empty for all learning records.",
  "xapi.from": "From",
  "xapi.to": "Up to and including",
  "xapi.dateHint": "For example 31-01-2025",
  "xapi.show": "Show count",
  "xapi.countAll": "{count} learning records are stored in total.",
  "xapi.countPeriod": "{count} learning records are stored in the chosen period.",
  "xapi.download": "Download as JSON",
  "xapi.downloadHint": "The file is a JSON list of xAPI statements, sorted by time. With many records the download can take a while.",
  "xapi.nothing": "There is nothing to download.",
  "xapi.fromInvalid": "Enter a real date under ‘From’, such as 31-01-2025.",
  "xapi.toInvalid": "Enter a real date under ‘Up to and including’, such as 31-01-2025.",
  "xapi.toBeforeFrom": "The date under ‘Up to and including’ must be on or after the date under ‘From’.",
  "xapi.adminIntro": "Every step participants take, kept in the xAPI standard for a learning record store.",
  "xapi.adminLink": "Download learning records (xAPI)",
};
