// Messages of one feature, merged into the Dutch and English tables in messages.*.ts.
export const assignmentsNl = {} as const;

export const assignmentsEn: Record<keyof typeof assignmentsNl, string> = {};
