// better-sqlite3 gives Prisma one connection. Its adapter (6.19.3) locks that connection for
// interactive transactions only, so a query from another request that arrives while a
// transaction is open runs inside it: rolled back with it, and able to read its uncommitted
// rows. This wrapper makes every query outside a transaction wait its turn on the same lock
// that a transaction holds from BEGIN to COMMIT or ROLLBACK; queries inside the transaction go
// to the transaction object and pass. Queries are synchronous in better-sqlite3, so holding
// the lock for one costs little.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

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

function serialise(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const lock = new Lock();
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

export function serialisedSqliteAdapter(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return new Proxy(factory, {
    get(target, property, receiver) {
      if (property === "connect") return async () => serialise(await target.connect());
      return Reflect.get(target, property, receiver);
    },
  });
}
