// Messages of one feature, merged into the Dutch and English tables in messages.*.ts.
export const courseTransferNl = {} as const;

export const courseTransferEn: Record<keyof typeof courseTransferNl, string> = {};
