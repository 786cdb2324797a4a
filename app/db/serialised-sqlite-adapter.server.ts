// better-sqlite3 gives Prisma one connection. Its adapter (6.19.3) locks that connection for
// interactive transactions only, so a query from another request that arrives while a
// transaction is open runs inside it: rolled back with it, and able to read its uncommitted
// rows. This wrapper makes every query outside a transaction wait its turn on the same lock
// that a transaction holds from BEGIN to COMMIT or ROLLBACK; queries inside the transaction go
// to the transaction object and pass. Queries are synchronous in better-sqlite3, so holding
// the lock for one costs little.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";

/**
 * The connection under Prisma, for the few hot paths that run their SQL directly: `run`
 * waits for the same lock as Prisma's queries and transactions, then runs `work` at once
 * (better-sqlite3 is synchronous, so nothing else can interleave with it).
 */
export interface SqliteConnection {
  run<T>(work: (client: BetterSqlite3.Database) => T): Promise<T>;
}

class Lock {
  #tail: Promise<void> = Promise.resolve();

  /** Resolves with a release function once everyone before has released. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const before = this.#tail;
    this.#tail = before.then(() => turn);
    return before.then(() => release);
  }
}

async function holding<T>(lock: Lock, work: () => Promise<T>): Promise<T> {
  const release = await lock.acquire();
  try {
    return await work();
  } finally {
    release();
  }
}

function serialise(adapter: SqlDriverAdapter, connected: (connection: SqliteConnection) => void): SqlDriverAdapter {
  const lock = new Lock();
  const client = (adapter as unknown as { client: BetterSqlite3.Database }).client;
  connected({ run: (work) => holding(lock, async () => work(client)) });
  return new Proxy(adapter, {
    get(target, property, receiver) {
      if (property === "queryRaw" || property === "executeRaw" || property === "executeScript") {
        const method = Reflect.get(target, property, receiver) as (argument: never) => Promise<unknown>;
        return (argument: never) => holding(lock, () => method.call(target, argument));
      }
      if (property === "startTransaction") {
        return async (...args: Parameters<SqlDriverAdapter["startTransaction"]>): Promise<Transaction> => {
          const release = await lock.acquire();
          let transaction: Transaction;
          try {
            transaction = await target.startTransaction(...args);
          } catch (error) {
            release();
            throw error;
          }
          const finish = (end: () => Promise<void>) => async () => {
            try {
              await end();
            } finally {
              release();
            }
          };
          const commit = finish(() => transaction.commit());
          const rollback = finish(() => transaction.rollback());
          return new Proxy(transaction, {
            get(inner, name, innerReceiver) {
              if (name === "commit") return commit;
              if (name === "rollback") return rollback;
              return Reflect.get(inner, name, innerReceiver);
            },
          });
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

export interface SerialisedSqliteFactory extends SqlDriverAdapterFactory {
  /** The current connection, once Prisma has connected. */
  connection(): SqliteConnection | null;
}

export function serialisedSqliteAdapter(factory: SqlDriverAdapterFactory): SerialisedSqliteFactory {
  let current: SqliteConnection | null = null;
  return new Proxy(factory, {
    get(target, property, receiver) {
      if (property === "connect") return async () => serialise(await target.connect(), (connection) => (current = connection));
      if (property === "connection") return () => current;
      return Reflect.get(target, property, receiver);
    },
  }) as SerialisedSqliteFactory;
}
