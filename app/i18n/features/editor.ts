// Messages of one feature, merged into the Dutch and English tables in messages.*.ts.
export const editorNl = {} as const;

export const editorEn: Record<keyof typeof editorNl, string> = {};
