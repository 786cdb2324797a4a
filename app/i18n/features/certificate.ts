// Messages of one feature, merged into the Dutch and English tables in messages.*.ts.
export const certificateNl = {} as const;

export const certificateEn: Record<keyof typeof certificateNl, string> = {};
