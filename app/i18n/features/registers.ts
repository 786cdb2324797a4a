// Messages of one feature, merged into the Dutch and English tables in messages.*.ts.
export const registersNl = {} as const;

export const registersEn: Record<keyof typeof registersNl, string> = {};
