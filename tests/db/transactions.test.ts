// Writes from one request must not land inside another request's open transaction: on
// SQLite the driver shares one connection, so a write that slipped in would be rolled back
// with a transaction it has nothing to do with, and reads would see uncommitted rows.
import { beforeEach, describe, expect, it } from "vitest";
import { createMunicipality } from "../factories";
import { db, resetDatabase } from "../support/database";

beforeEach(resetDatabase);

class Rollback extends Error {}

describe("a transaction and the requests around it", () => {
  it("keeps a write made elsewhere while a transaction is open, when that transaction rolls back", async () => {
    let inside!: () => void;
    const opened = new Promise<void>((resolve) => (inside = resolve));
    const transaction = db
      .$transaction(async (tx) => {
        await tx.municipality.create({ data: { cbsCode: "GM9001", name: "Binnen" } });
        inside();
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    await opened;
    const outside = createMunicipality(db, { cbsCode: "GM9002", name: "Buiten" });
    await Promise.all([transaction, outside]);
    expect((await db.municipality.findMany({ orderBy: { cbsCode: "asc" } })).map((row) => row.name)).toEqual(["Buiten"]);
  });

  it("does not let a read elsewhere see rows a transaction has not committed", async () => {
    let inside!: () => void;
    const opened = new Promise<void>((resolve) => (inside = resolve));
    const transaction = db
      .$transaction(async (tx) => {
        await tx.municipality.create({ data: { cbsCode: "GM9003", name: "Onaf" } });
        inside();
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Rollback();
      })
      .catch(() => undefined);
    await opened;
    expect(await db.municipality.count()).toBe(0);
    await transaction;
  });
});
