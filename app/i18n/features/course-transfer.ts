// Messages of one feature, merged into the Dutch and English tables in messages.*.ts.
// Export and import of courses as zip files (auteur/importeren, the version download).
export const courseTransferNl = {
  "transfer.archive.notZip": "Dit is geen zip-bestand, of het is beschadigd. Pak de cursusmap in als .zip en probeer het opnieuw.",
  "transfer.archive.damaged": "Het zip-bestand is beschadigd: {file} is onvolledig of klopt niet met zijn controlegetal. Pak de cursus opnieuw in.",
  "transfer.archive.tooManyEntries": "Het zip-bestand bevat te veel onderdelen: een cursus mag er hoogstens {max} hebben.",
  "transfer.archive.tooLarge": "Het zip-bestand is uitgepakt groter dan {max} MB; een cursus mag samen hoogstens {max} MB zijn.",
  "transfer.archive.unsafePath":
    "Het zip-bestand bevat een onveilig pad: {file}. Een pad mag niet met / of een stationsletter beginnen en geen .., lege mappen of \\ bevatten.",
  "transfer.archive.symlink": "{file} is een symbolische link. Neem het bestand zelf op in het zip-bestand.",
  "transfer.archive.encrypted": "{file} is met een wachtwoord beveiligd. Pak de cursus in zonder wachtwoord.",
  "transfer.archive.compression": "{file} is ingepakt met een methode die Signaal niet kan lezen. Gebruik gewone zip-compressie.",
  "transfer.archive.empty": "Het zip-bestand bevat geen bestanden.",
  "transfer.archive.oneTopFolder":
    "Het zip-bestand moet precies één map bevatten met de naam van de cursus, bijvoorbeeld schoolaanpak-coordinatoren/ met daarin cursus.yml en de lessen. Pak de cursusmap zelf in, niet alleen de bestanden erin.",
  "transfer.archive.notCoursePath":
    "Deze bestanden horen niet in een cursusmap: {files}. Een cursus bevat alleen cursus.yml, lessen zoals 01-inleiding.mdx en bestanden direct in media/.",
  "transfer.archive.duplicate": "{file} staat twee keer in het zip-bestand.",
  "transfer.archive.notUtf8": "{file} is geen tekst in UTF-8. Sla het bestand op als UTF-8 en pak de cursus opnieuw in.",

  "transfer.export.notFound": "Deze cursus of versie bestaat niet.",
  "transfer.export.noSources":
    "Versie {number} van {slug} is gepubliceerd voordat Signaal de bronbestanden bewaarde, en kan daarom niet als zip worden gedownload.",
  "transfer.export.download": "Downloaden als zip-bestand",

  "transfer.import.title": "Cursus importeren",
  "transfer.import.link": "Cursus importeren uit een zip-bestand",
  "transfer.import.back": "Terug naar Auteur",
  "transfer.import.intro":
    "Importeer een cursus uit een zip-bestand: een export uit Signaal, of een cursusmap uit git. Een nieuwe of gewijzigde cursus wordt een concept. Een andere auteur beoordeelt het voordat het wordt gepubliceerd.",
  "transfer.import.file": "Zip-bestand met de cursus",
  "transfer.import.fileHint":
    "Eén map met de naam van de cursus, met daarin cursus.yml, de lessen (zoals 01-inleiding.mdx) en eventueel de map media. Hoogstens 50 MB.",
  "transfer.import.submit": "Importeren",
  "transfer.import.error.noFile": "Kies een zip-bestand om te importeren.",
  "transfer.import.error.tooLarge": "Het bestand is groter dan 50 MB.",
  "transfer.import.error.badForm": "Het bestand kwam niet goed aan. Probeer het opnieuw.",
  "transfer.import.failedTitle": "De cursus is niet geïmporteerd",
  "transfer.import.faultsOne": "{slug} heeft 1 fout. Er is niets opgeslagen: verbeter de fout en importeer de cursus opnieuw.",
  "transfer.import.faultsMany": "{slug} heeft {count} fouten. Er is niets opgeslagen: verbeter de fouten en importeer de cursus opnieuw.",
  "transfer.import.faultsCaption": "Fouten als bestand:regel:kolom en melding",
  "transfer.import.unchangedTitle": "Ongewijzigd",
  "transfer.import.unchanged": "{slug} is ongewijzigd: versie {number} blijft de nieuwste; er is geen nieuwe versie gemaakt.",
  "transfer.import.openDraftTitle": "Er is al een concept",
  "transfer.import.openDraft":
    "Van {slug} is al een concept in bewerking. Er is niets opgeslagen. Rond dat concept af of verwerp het, en importeer daarna opnieuw.",
  "transfer.import.openDraftLink": "Naar de cursus {slug}",
  "transfer.import.notice.draft": "Het geïmporteerde zip-bestand is een concept geworden. Bekijk de wijzigingen en dien het concept in voor beoordeling.",
} as const;

export const courseTransferEn: Record<keyof typeof courseTransferNl, string> = {
  "transfer.archive.notZip": "This is not a zip file, or it is damaged. Pack the course folder as a .zip and try again.",
  "transfer.archive.damaged": "The zip file is damaged: {file} is incomplete or does not match its checksum. Pack the course again.",
  "transfer.archive.tooManyEntries": "The zip file has too many entries: a course may have at most {max}.",
  "transfer.archive.tooLarge": "Unpacked, the zip file is larger than {max} MB; a course may be at most {max} MB in all.",
  "transfer.archive.unsafePath":
    "The zip file holds an unsafe path: {file}. A path may not start with / or a drive letter, nor contain .., empty folders or \\.",
  "transfer.archive.symlink": "{file} is a symbolic link. Put the file itself in the zip file.",
  "transfer.archive.encrypted": "{file} is protected with a password. Pack the course without a password.",
  "transfer.archive.compression": "{file} is packed with a method Signaal cannot read. Use ordinary zip compression.",
  "transfer.archive.empty": "The zip file holds no files.",
  "transfer.archive.oneTopFolder":
    "The zip file must hold exactly one folder named after the course, for example schoolaanpak-coordinatoren/ with cursus.yml and the lessons in it. Pack the course folder itself, not just the files in it.",
  "transfer.archive.notCoursePath":
    "These files do not belong in a course folder: {files}. A course holds only cursus.yml, lessons such as 01-inleiding.mdx, and files directly in media/.",
  "transfer.archive.duplicate": "{file} appears twice in the zip file.",
  "transfer.archive.notUtf8": "{file} is not UTF-8 text. Save the file as UTF-8 and pack the course again.",

  "transfer.export.notFound": "This course or version does not exist.",
  "transfer.export.noSources": "Version {number} of {slug} was published before Signaal kept source files, so it cannot be downloaded as a zip.",
  "transfer.export.download": "Download as a zip file",

  "transfer.import.title": "Import a course",
  "transfer.import.link": "Import a course from a zip file",
  "transfer.import.back": "Back to Author",
  "transfer.import.intro":
    "Import a course from a zip file: an export from Signaal, or a course folder from git. A new or changed course becomes a draft. Another author reviews it before it is published.",
  "transfer.import.file": "Zip file with the course",
  "transfer.import.fileHint":
    "One folder named after the course, holding cursus.yml, the lessons (such as 01-inleiding.mdx) and, if needed, the media folder. At most 50 MB.",
  "transfer.import.submit": "Import",
  "transfer.import.error.noFile": "Choose a zip file to import.",
  "transfer.import.error.tooLarge": "The file is larger than 50 MB.",
  "transfer.import.error.badForm": "The file did not arrive properly. Please try again.",
  "transfer.import.failedTitle": "The course was not imported",
  "transfer.import.faultsOne": "{slug} has 1 fault. Nothing was stored: fix the fault and import the course again.",
  "transfer.import.faultsMany": "{slug} has {count} faults. Nothing was stored: fix the faults and import the course again.",
  "transfer.import.faultsCaption": "Faults as file:line:column and message",
  "transfer.import.unchangedTitle": "Unchanged",
  "transfer.import.unchanged": "{slug} is unchanged: version {number} stays the latest; no new version was made.",
  "transfer.import.openDraftTitle": "There is a draft already",
  "transfer.import.openDraft": "{slug} already has a draft in progress. Nothing was stored. Finish or discard that draft, then import again.",
  "transfer.import.openDraftLink": "Go to the course {slug}",
  "transfer.import.notice.draft": "The imported zip file has become a draft. Look over the changes and submit the draft for review.",
};
