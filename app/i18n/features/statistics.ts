// Messages of one feature, merged into the Dutch and English tables in messages.*.ts.
// The participation statistics: definitions (app/statistics/definitions.ts lists them in
// order), labels of breakdowns and columns. The paragraph in the ministers' wording is
// grammar, not a table of phrases: app/statistics/paragraph.ts writes it per language.
export const statisticsNl = {
  "statistics.definition.training.term": "Training",
  "statistics.definition.training.text":
    "Een klassikale training voor schoolpersoneel, vastgelegd in Signaal door SSV, ESS, een gemeente of een andere aanbieder. Een training telt één keer, in de periode waarin de dag valt waarop ze is gegeven.",
  "statistics.definition.participant.term": "Deelnemer",
  "statistics.definition.participant.text":
    "Iedereen die een training bijwoonde, zoals de aanbieder dat per sector heeft opgegeven. Het zijn deelnames: wie twee trainingen volgt, telt twee keer. Afrondingen van de e-learning tellen in de totalen ook als deelnemers.",
  "statistics.definition.completion.term": "Afronding e-learning",
  "statistics.definition.completion.text":
    "Een cursus van Signaal die iemand helemaal heeft afgerond. Elk afrondingsrecord telt één keer, in de periode waarin het moment van afronden valt (Nederlandse tijd). Het record telt ook mee als het account later is verwijderd: dan blijft het als anoniem gegeven over een school bestaan.",
  "statistics.definition.conversation.term": "Adviesgesprek",
  "statistics.definition.conversation.text":
    "Een gesprek van een aanbieder met een school over haar aanpak; geen training. Een gesprek telt één keer, in de periode waarin de dag valt waarop het is gevoerd.",
  "statistics.definition.period.term": "Periode",
  "statistics.definition.period.text":
    "Van de eerste tot en met de laatste gekozen dag: een jaar, kwartaal, maand of andere reeks dagen. Cumulatieve cijfers lopen van 1 januari van het gekozen beginjaar tot en met de laatste dag van de periode.",
  "statistics.definition.prioritised.term": "Prioritaire gemeente",
  "statistics.definition.prioritised.text":
    "Een gemeente die op de lijst van gemeenten met versterkingsgelden van de NCTV stond toen de training, het gesprek of de afronding werd vastgelegd. Elk record bewaart die stand; een latere wijziging van de lijst verandert eerdere cijfers niet. Afrondingen van mensen zonder school tellen als ‘onbekend’.",
  "statistics.definition.sector.term": "Sector",
  "statistics.definition.sector.text":
    "PO, VO, MBO of SO (speciaal onderwijs). Bij trainingen zoals de aanbieder de deelnemers per sector opgaf, bij afrondingen de sector van de school. ‘Overig’: andere deelnemers en afronders zonder school.",
  "statistics.definition.provider.term": "Aanbieder",
  "statistics.definition.provider.text":
    "Wie de training gaf of het gesprek voerde: SSV, ESS, een gemeente of een andere organisatie. De e-learning van Signaal staat als eigen regel in het overzicht per aanbieder.",
  "statistics.definition.privacy.term": "Privacy",
  "statistics.definition.privacy.text":
    "Er zijn geen overzichten onder schoolniveau. In overzichten per gemeente of school staat een aantal van 1 tot en met 4 personen als ‘<5’; dat aantal gaat niet mee in een export.",
  "statistics.definition.rounding.term": "Afronding in de tekst",
  "statistics.definition.rounding.text":
    "In de tekst staan aantallen trainingen exact. Deelnemers, afrondingen, adviesgesprekken en cumulatieve totalen worden afgerond: onder 10 exact, tot 1000 op tientallen, tot 10.000 op honderdtallen, daarboven op duizendtallen. ‘Circa’ staat er alleen als het afgeronde getal van de telling afwijkt. De tabellen geven de exacte aantallen.",

  "statistics.sector.PO": "PO",
  "statistics.sector.VO": "VO",
  "statistics.sector.MBO": "MBO",
  "statistics.sector.SO": "SO",
  "statistics.sector.OTHER": "Overig",
  "statistics.sector.OTHER.inSentence": "andere sectoren",

  "statistics.provider.SSV": "SSV",
  "statistics.provider.ESS": "ESS",
  "statistics.provider.MUNICIPALITY": "Gemeente",
  "statistics.provider.OTHER": "Andere aanbieder",
  "statistics.provider.ELEARNING": "E-learning (Signaal)",

  "statistics.prioritised.yes": "Prioritaire gemeenten",
  "statistics.prioritised.no": "Niet-prioritaire gemeenten",
  "statistics.prioritised.unknown": "Onbekend (geen school)",
  "statistics.municipality.unknown": "Geen gemeente (geen school)",

  "statistics.table.totals": "Totaal in de periode",
  "statistics.table.cumulative": "Cumulatief sinds {year}",
  "statistics.table.provider": "Per aanbieder",
  "statistics.table.sector": "Per sector",
  "statistics.table.prioritised": "Prioritaire en andere gemeenten",
  "statistics.table.municipality": "Per gemeente",
  "statistics.table.course": "Per cursus (e-learning)",

  "statistics.column.trainings": "Trainingen",
  "statistics.column.participants": "Deelnemers",
  "statistics.column.completions": "Afrondingen e-learning",
  "statistics.column.reached": "Bereikt (deelnemers en afrondingen)",
  "statistics.column.conversations": "Adviesgesprekken",
  "statistics.column.municipality": "Gemeente",
  "statistics.column.cbsCode": "CBS-code",
  "statistics.column.course": "Cursus",

  "statistics.suppressed": "<5",
  "statistics.suppressed.explanation": "Minder dan 5 personen: het aantal wordt niet getoond en niet geëxporteerd.",

  // ---- The statistics page (app/routes/beheer.statistieken.tsx) ----
  "statistics.page.intro":
    "Landelijke cijfers over klassikale trainingen, hun deelnemers, afrondingen van de e-learning van Signaal en adviesgesprekken. Kies een periode: de kerncijfers, de tekst voor de brief, de grafieken, de tabellen en de downloads volgen die keuze.",
  "statistics.page.period": "Periode: {from} tot en met {to}.",
  "statistics.page.sinceNote": "De cumulatieve cijfers tellen vanaf 1 januari {year}.",

  "statistics.filter.title": "Periode kiezen",
  "statistics.filter.kind": "Soort periode",
  "statistics.filter.kind.jaar": "Jaar",
  "statistics.filter.kind.kwartaal": "Kwartaal",
  "statistics.filter.kind.maand": "Maand",
  "statistics.filter.kind.vrij": "Vrije periode (van – tot en met)",
  "statistics.filter.year": "Jaar",
  "statistics.filter.yearHint": "Bij jaar, kwartaal en maand.",
  "statistics.filter.quarter": "Kwartaal",
  "statistics.filter.quarterHint": "Alleen bij ‘Kwartaal’.",
  "statistics.filter.chooseQuarter": "Kies een kwartaal",
  "statistics.filter.quarter.1": "Eerste kwartaal (januari – maart)",
  "statistics.filter.quarter.2": "Tweede kwartaal (april – juni)",
  "statistics.filter.quarter.3": "Derde kwartaal (juli – september)",
  "statistics.filter.quarter.4": "Vierde kwartaal (oktober – december)",
  "statistics.filter.month": "Maand",
  "statistics.filter.monthHint": "Alleen bij ‘Maand’.",
  "statistics.filter.chooseMonth": "Kies een maand",
  "statistics.filter.rangeTitle": "Vrije periode",
  "statistics.filter.from": "Van",
  "statistics.filter.to": "Tot en met",
  "statistics.filter.dateHint": "Alleen bij ‘Vrije periode’. Als dd-mm-jjjj, zoals 01-01-2019, of jjjj-mm-dd.",
  "statistics.filter.since": "Tel ook op sinds",
  "statistics.filter.sinceHint":
    "Een beginjaar, zoals 2015: de cumulatieve cijfers lopen van 1 januari van dat jaar tot en met de laatste dag van de periode. Laat leeg om niet op te tellen.",
  "statistics.filter.show": "Toon cijfers",
  "statistics.filter.kindInvalid": "Kies bij ‘Soort periode’ jaar, kwartaal, maand of vrije periode.",
  "statistics.filter.yearInvalid": "Kies bij ‘Jaar’ een jaar uit de lijst.",
  "statistics.filter.quarterInvalid": "Kies bij ‘Kwartaal’ het eerste, tweede, derde of vierde kwartaal.",
  "statistics.filter.monthInvalid": "Kies bij ‘Maand’ een maand uit de lijst.",
  "statistics.filter.fromRequired": "Vul bij ‘Van’ de eerste dag van de periode in, zoals 01-01-2019.",
  "statistics.filter.fromInvalid": "Vul bij ‘Van’ een bestaande datum vanaf 2000 in, zoals 01-01-2019.",
  "statistics.filter.toRequired": "Vul bij ‘Tot en met’ de laatste dag van de periode in, zoals 30-04-2019.",
  "statistics.filter.toInvalid": "Vul bij ‘Tot en met’ een bestaande datum vanaf 2000 in, zoals 30-04-2019.",
  "statistics.filter.toBeforeFrom": "De datum bij ‘Tot en met’ moet op of na de datum bij ‘Van’ liggen.",
  "statistics.filter.sinceInvalid": "Vul bij ‘Tel ook op sinds’ een jaar vanaf 2000 in, zoals 2015, of laat het leeg.",
  "statistics.filter.sinceAfterPeriod": "Het jaar bij ‘Tel ook op sinds’ mag niet na het begin van de periode liggen.",

  "statistics.keyFigures.title": "Kerncijfers",
  "statistics.paragraph.title": "Tekst voor de brief",
  "statistics.paragraph.intro":
    "De cijfers van de periode in de bewoording van de Kamerbrief (Kamerstuk 29 754, nr. 522), om over te nemen. Aantallen staan er afgerond zoals in de brief; de tabellen geven de exacte aantallen.",
  "statistics.paragraph.label": "Tekst voor de brief, in het Nederlands",
  "statistics.paragraph.copy": "Kopieer tekst",
  "statistics.paragraph.copied": "Gekopieerd",
  "statistics.paragraph.copyFailed": "Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.",
  "statistics.paragraph.translation": "Vertaling",

  "statistics.chart.description": "Staafdiagram. De tabel direct hieronder geeft dezelfde cijfers.",
  "statistics.chart.provider": "Deelnemers per aanbieder (bij de e-learning: afrondingen)",
  "statistics.chart.sector": "Bereikt per sector (deelnemers en afrondingen)",
  "statistics.chart.prioritised": "Bereikt in prioritaire en andere gemeenten (deelnemers en afrondingen)",
  "statistics.chart.course": "Afrondingen per cursus",

  "statistics.column.provider": "Aanbieder",
  "statistics.column.sector": "Sector",
  "statistics.column.group": "Gemeenten",
  "statistics.column.inPrioritised": "Waarvan in prioritaire gemeenten",
  "statistics.column.share": "Aandeel in alle bereikten",
  "statistics.column.providerParticipants": "Deelnemers of afrondingen",
  "statistics.column.total": "Totaal",
  "statistics.column.reachedShort": "Bereikt",
  "statistics.notApplicable": "n.v.t.",
  "statistics.empty": "Geen gegevens in deze periode.",

  "statistics.municipality.intro":
    "Gesorteerd op bereik: deelnemers aan trainingen plus afrondingen van de e-learning. Een aantal van 1 tot en met 4 personen staat er als ‘<5’ en telt voor de volgorde als 0. ‘Prioritair’ is de stand van de gemeente nu.",
  "statistics.municipality.prioritisedTag": "prioritair",
  "statistics.municipality.prioritisedShare":
    "De prioritaire gemeenten samen bereikten {count} van de {total} deelnemers en afronders: {share}. Dit aandeel telt met de stand van elk record op het moment van vastleggen.",
  "statistics.municipality.noneReached": "In deze periode is niemand bereikt.",
  "statistics.municipality.moreThan": "meer dan {value}",
  "statistics.municipality.shareNote": "Het aandeel staat bij prioritaire gemeenten. Waar een deel ‘<5’ is, staat het aandeel als ondergrens (‘meer dan’).",

  "statistics.cumulative.title": "Cumulatieve cijfers",
  "statistics.cumulative.period": "Van {from} tot en met {to}.",
  "statistics.cumulative.none": "Geen cumulatieve cijfers: ‘Tel ook op sinds’ is leeg.",
  "statistics.definitions.title": "Wat de cijfers tellen",

  "statistics.download.title": "Downloaden",
  "statistics.download.all": "Alle tabellen als CSV",
  "statistics.download.table": "Deze tabel als CSV",
  "statistics.download.tableLabel": "{table} als CSV downloaden",
  "statistics.download.hint":
    "CSV in UTF-8 met komma’s, voor Excel en andere spreadsheets. De eerste kolom noemt de tabel. Een aantal van 1 tot en met 4 personen per gemeente staat er als ‘<5’, nooit als getal.",
  "statistics.download.tableInvalid": "Deze tabel bestaat niet. Kies een tabel van de statistiekenpagina.",
} as const;

export const statisticsEn: Record<keyof typeof statisticsNl, string> = {
  "statistics.definition.training.term": "Training",
  "statistics.definition.training.text":
    "A classroom training for school staff, recorded in Signaal by SSV, ESS, a municipality or another provider. A training counts once, in the period that holds the day it was given.",
  "statistics.definition.participant.term": "Participant",
  "statistics.definition.participant.text":
    "Everyone who attended a training, as the provider reported them per sector. These are attendances: someone who attends two trainings counts twice. In the totals, e-learning completions count as participants too.",
  "statistics.definition.completion.term": "E-learning completion",
  "statistics.definition.completion.text":
    "A Signaal course that someone finished completely. Every completion record counts once, in the period that holds the moment of completion (Dutch time). It still counts after the account has been erased: the record then remains as an anonymous fact about a school.",
  "statistics.definition.conversation.term": "Advisory conversation",
  "statistics.definition.conversation.text":
    "A conversation between a provider and a school about the school's approach; not a training. A conversation counts once, in the period that holds the day it was held.",
  "statistics.definition.period.term": "Period",
  "statistics.definition.period.text":
    "From the first to the last chosen day, both included: a year, quarter, month or any other range of days. Cumulative figures run from 1 January of the chosen start year to the last day of the period.",
  "statistics.definition.prioritised.term": "Prioritised municipality",
  "statistics.definition.prioritised.text":
    "A municipality on the NCTV's list of municipalities receiving reinforcement funds (versterkingsgelden) when the training, conversation or completion was recorded. Every record keeps that status; a later change to the list does not change earlier figures. Completions by people without a school count as ‘unknown’.",
  "statistics.definition.sector.term": "Sector",
  "statistics.definition.sector.text":
    "PO (primary), VO (secondary), MBO (vocational) or SO (special education). For trainings as the provider reported the participants per sector, for completions the sector of the school. ‘Other’: other participants and people without a school.",
  "statistics.definition.provider.term": "Provider",
  "statistics.definition.provider.text":
    "Who gave the training or held the conversation: SSV, ESS, a municipality or another organisation. Signaal's e-learning has its own line in the overview per provider.",
  "statistics.definition.privacy.term": "Privacy",
  "statistics.definition.privacy.text":
    "There are no breakdowns below school level. In breakdowns per municipality or school, a count of 1 to 4 people is shown as ‘<5’ and left out of every export.",
  "statistics.definition.rounding.term": "Rounding in the text",
  "statistics.definition.rounding.text":
    "The text gives numbers of trainings exactly. Participants, completions, advisory conversations and cumulative totals are rounded: below 10 exactly, up to 1000 to the nearest ten, up to 10,000 to the nearest hundred, above that to the nearest thousand. ‘About’ appears only when the rounded figure differs from the count. The tables give the exact counts.",

  "statistics.sector.PO": "PO",
  "statistics.sector.VO": "VO",
  "statistics.sector.MBO": "MBO",
  "statistics.sector.SO": "SO",
  "statistics.sector.OTHER": "Other",
  "statistics.sector.OTHER.inSentence": "other sectors",

  "statistics.provider.SSV": "SSV",
  "statistics.provider.ESS": "ESS",
  "statistics.provider.MUNICIPALITY": "Municipality",
  "statistics.provider.OTHER": "Other provider",
  "statistics.provider.ELEARNING": "E-learning (Signaal)",

  "statistics.prioritised.yes": "Prioritised municipalities",
  "statistics.prioritised.no": "Other municipalities",
  "statistics.prioritised.unknown": "Unknown (no school)",
  "statistics.municipality.unknown": "No municipality (no school)",

  "statistics.table.totals": "Total in the period",
  "statistics.table.cumulative": "Cumulative since {year}",
  "statistics.table.provider": "Per provider",
  "statistics.table.sector": "Per sector",
  "statistics.table.prioritised": "Prioritised and other municipalities",
  "statistics.table.municipality": "Per municipality",
  "statistics.table.course": "Per course (e-learning)",

  "statistics.column.trainings": "Trainings",
  "statistics.column.participants": "Participants",
  "statistics.column.completions": "E-learning completions",
  "statistics.column.reached": "Reached (participants and completions)",
  "statistics.column.conversations": "Advisory conversations",
  "statistics.column.municipality": "Municipality",
  "statistics.column.cbsCode": "CBS code",
  "statistics.column.course": "Course",

  "statistics.suppressed": "<5",
  "statistics.suppressed.explanation": "Fewer than 5 people: the number is neither shown nor exported.",

  // ---- The statistics page (app/routes/beheer.statistieken.tsx) ----
  "statistics.page.intro":
    "National figures on classroom trainings, their participants, completions of Signaal's e-learning and advisory conversations. Choose a period: the key figures, the text for the letter, the charts, the tables and the downloads follow that choice.",
  "statistics.page.period": "Period: {from} to {to}.",
  "statistics.page.sinceNote": "The cumulative figures count from 1 January {year}.",

  "statistics.filter.title": "Choose a period",
  "statistics.filter.kind": "Kind of period",
  "statistics.filter.kind.jaar": "Year",
  "statistics.filter.kind.kwartaal": "Quarter",
  "statistics.filter.kind.maand": "Month",
  "statistics.filter.kind.vrij": "Any period (from – to)",
  "statistics.filter.year": "Year",
  "statistics.filter.yearHint": "For a year, quarter or month.",
  "statistics.filter.quarter": "Quarter",
  "statistics.filter.quarterHint": "Only for ‘Quarter’.",
  "statistics.filter.chooseQuarter": "Choose a quarter",
  "statistics.filter.quarter.1": "First quarter (January – March)",
  "statistics.filter.quarter.2": "Second quarter (April – June)",
  "statistics.filter.quarter.3": "Third quarter (July – September)",
  "statistics.filter.quarter.4": "Fourth quarter (October – December)",
  "statistics.filter.month": "Month",
  "statistics.filter.monthHint": "Only for ‘Month’.",
  "statistics.filter.chooseMonth": "Choose a month",
  "statistics.filter.rangeTitle": "Any period",
  "statistics.filter.from": "From",
  "statistics.filter.to": "To (included)",
  "statistics.filter.dateHint": "Only for ‘Any period’. As dd-mm-yyyy, such as 01-01-2019, or yyyy-mm-dd.",
  "statistics.filter.since": "Also count since",
  "statistics.filter.sinceHint":
    "A start year, such as 2015: the cumulative figures run from 1 January of that year to the last day of the period. Leave empty not to count cumulatively.",
  "statistics.filter.show": "Show figures",
  "statistics.filter.kindInvalid": "Choose year, quarter, month or any period as the ‘Kind of period’.",
  "statistics.filter.yearInvalid": "Choose a year from the list at ‘Year’.",
  "statistics.filter.quarterInvalid": "Choose the first, second, third or fourth quarter at ‘Quarter’.",
  "statistics.filter.monthInvalid": "Choose a month from the list at ‘Month’.",
  "statistics.filter.fromRequired": "Enter the first day of the period at ‘From’, such as 01-01-2019.",
  "statistics.filter.fromInvalid": "Enter a real date from 2000 onwards at ‘From’, such as 01-01-2019.",
  "statistics.filter.toRequired": "Enter the last day of the period at ‘To’, such as 30-04-2019.",
  "statistics.filter.toInvalid": "Enter a real date from 2000 onwards at ‘To’, such as 30-04-2019.",
  "statistics.filter.toBeforeFrom": "The date at ‘To’ must be on or after the date at ‘From’.",
  "statistics.filter.sinceInvalid": "Enter a year from 2000 onwards at ‘Also count since’, such as 2015, or leave it empty.",
  "statistics.filter.sinceAfterPeriod": "The year at ‘Also count since’ cannot lie after the start of the period.",

  "statistics.keyFigures.title": "Key figures",
  "statistics.paragraph.title": "Text for the letter",
  "statistics.paragraph.intro":
    "The period's figures in the wording of the letter to parliament (Kamerstuk 29 754, nr. 522), to copy. Numbers are rounded as in the letter; the tables give the exact counts.",
  "statistics.paragraph.label": "Text for the letter, in Dutch",
  "statistics.paragraph.copy": "Copy text",
  "statistics.paragraph.copied": "Copied",
  "statistics.paragraph.copyFailed": "Copying did not work. Select the text and copy it yourself.",
  "statistics.paragraph.translation": "Translation",

  "statistics.chart.description": "Bar chart. The table right below gives the same figures.",
  "statistics.chart.provider": "Participants per provider (for the e-learning: completions)",
  "statistics.chart.sector": "Reached per sector (participants and completions)",
  "statistics.chart.prioritised": "Reached in prioritised and other municipalities (participants and completions)",
  "statistics.chart.course": "Completions per course",

  "statistics.column.provider": "Provider",
  "statistics.column.sector": "Sector",
  "statistics.column.group": "Municipalities",
  "statistics.column.inPrioritised": "Of which in prioritised municipalities",
  "statistics.column.share": "Share of everyone reached",
  "statistics.column.providerParticipants": "Participants or completions",
  "statistics.column.total": "Total",
  "statistics.column.reachedShort": "Reached",
  "statistics.notApplicable": "n/a",
  "statistics.empty": "No data in this period.",

  "statistics.municipality.intro":
    "Sorted by reach: training participants plus e-learning completions. A count of 1 to 4 people is shown as ‘<5’ and counts as 0 for the order. ‘Prioritised’ is the municipality's status today.",
  "statistics.municipality.prioritisedTag": "prioritised",
  "statistics.municipality.prioritisedShare":
    "Together, the prioritised municipalities reached {count} of the {total} participants and completers: {share}. This share counts each record's status at the time it was recorded.",
  "statistics.municipality.noneReached": "Nobody was reached in this period.",
  "statistics.municipality.moreThan": "more than {value}",
  "statistics.municipality.shareNote": "The share is given for prioritised municipalities. Where part of it is ‘<5’, the share is a lower bound (‘more than’).",

  "statistics.cumulative.title": "Cumulative figures",
  "statistics.cumulative.period": "From {from} to {to}.",
  "statistics.cumulative.none": "No cumulative figures: ‘Also count since’ is empty.",
  "statistics.definitions.title": "What the figures count",

  "statistics.download.title": "Downloads",
  "statistics.download.all": "All tables as CSV",
  "statistics.download.table": "This table as CSV",
  "statistics.download.tableLabel": "Download {table} as CSV",
  "statistics.download.hint":
    "CSV in UTF-8 with commas, for Excel and other spreadsheets. The first column names the table. A count of 1 to 4 people per municipality is written as ‘<5’, never as a number.",
  "statistics.download.tableInvalid": "This table does not exist. Choose a table from the statistics page.",
};
