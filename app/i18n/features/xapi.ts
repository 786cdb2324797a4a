// Messages of one feature, merged into the Dutch and English tables in messages.*.ts.
export const xapiNl = {} as const;

export const xapiEn: Record<keyof typeof xapiNl, string> = {};
