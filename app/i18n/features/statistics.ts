// Messages of one feature, merged into the Dutch and English tables in messages.*.ts.
export const statisticsNl = {} as const;

export const statisticsEn: Record<keyof typeof statisticsNl, string> = {};
