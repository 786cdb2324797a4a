// Messages of one feature, merged into the Dutch and English tables in messages.*.ts.
export const schoolTeachersNl = {} as const;

export const schoolTeachersEn: Record<keyof typeof schoolTeachersNl, string> = {};
