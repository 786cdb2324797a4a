// Messages of one feature, merged into the Dutch and English tables in messages.*.ts.
export const authoringNl = {} as const;

export const authoringEn: Record<keyof typeof authoringNl, string> = {};
