// Messages of one feature, merged into the Dutch and English tables in messages.*.ts.
export const remindersNl = {} as const;

export const remindersEn: Record<keyof typeof remindersNl, string> = {};
