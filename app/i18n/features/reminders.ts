// Messages of one feature, merged into the Dutch and English tables in messages.*.ts.
// Reminder and digest e-mails are plain text; {link} is a full address.
export const remindersNl = {
  "reminders.before.subject": "Herinnering: rond de cursus \"{course}\" af vóór {date}",
  "reminders.before.body":
    "Beste {name},\n\nJe school vraagt je de cursus \"{course}\" in Signaal af te ronden vóór {date}. Je hebt de cursus nog niet afgerond.\n\nGa verder met de cursus: {link}",
  "reminders.overdue.subject": "Herinnering: de cursus \"{course}\" had vóór {date} af moeten zijn",
  "reminders.overdue.body":
    "Beste {name},\n\nJe school vroeg je de cursus \"{course}\" in Signaal af te ronden vóór {date}. Die datum is voorbij en je hebt de cursus nog niet afgerond. Wil je dat zo snel mogelijk doen?\n\nGa verder met de cursus: {link}",
  "reminders.footer":
    "Je krijgt deze e-mail omdat je schoolcoördinator de cursus aan je heeft toegewezen. Vragen? Stel ze aan je schoolcoördinator.",

  "reminders.digest.subject": "Signaal: weekoverzicht van de toegewezen cursussen (week {week})",
  "reminders.digest.intro": "Beste {name},\n\nZo staan de cursussen die je school heeft toegewezen er deze week voor.",
  "reminders.digest.course":
    "- {course}: {notStarted} niet begonnen, {inProgress} bezig, {completed} afgerond, {overdue} te laat",
  "reminders.digest.overdueNames": "  Te laat: {names}",
  "reminders.digest.noTeachers": "- {course}: nog geen docenten",
  "reminders.digest.link": "Bekijk de voortgang per docent: {link}",
  "reminders.digest.footer":
    "Je krijgt dit overzicht elke maandag als schoolcoördinator in Signaal, zolang je school cursussen heeft toegewezen.",
} as const;

export const remindersEn: Record<keyof typeof remindersNl, string> = {
  "reminders.before.subject": "Reminder: complete the course \"{course}\" before {date}",
  "reminders.before.body":
    "Dear {name},\n\nYour school asks you to complete the course \"{course}\" in Signaal before {date}. You have not completed it yet.\n\nContinue the course: {link}",
  "reminders.overdue.subject": "Reminder: the course \"{course}\" was due before {date}",
  "reminders.overdue.body":
    "Dear {name},\n\nYour school asked you to complete the course \"{course}\" in Signaal before {date}. That date has passed and you have not completed the course yet. Would you do so as soon as you can?\n\nContinue the course: {link}",
  "reminders.footer": "You receive this e-mail because your school coordinator assigned the course to you. Questions? Ask your school coordinator.",

  "reminders.digest.subject": "Signaal: weekly overview of assigned courses (week {week})",
  "reminders.digest.intro": "Dear {name},\n\nThis is how the courses your school assigned stand this week.",
  "reminders.digest.course": "- {course}: {notStarted} not started, {inProgress} in progress, {completed} completed, {overdue} overdue",
  "reminders.digest.overdueNames": "  Overdue: {names}",
  "reminders.digest.noTeachers": "- {course}: no teachers yet",
  "reminders.digest.link": "See the progress of each teacher: {link}",
  "reminders.digest.footer": "You receive this overview every Monday as a school coordinator in Signaal, while your school has assigned courses.",
};
