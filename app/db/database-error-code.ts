/** The marker a 503 "database unavailable" response carries; the error page recognises it. */
export const DATABASE_UNAVAILABLE = "database-unavailable";
