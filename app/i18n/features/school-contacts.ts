// Messages of one feature, merged into the Dutch and English tables in messages.*.ts.
export const schoolContactsNl = {} as const;

export const schoolContactsEn: Record<keyof typeof schoolContactsNl, string> = {};
