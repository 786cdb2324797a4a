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
};
