// Which school a coordinator's page is about, and whether the person asking may see it.
// A coordinator works on their own school (or, with several, the one ?school= names); an
// SSV administrator may open any school's pages by naming it. Everyone else gets 403.
import { redirect } from "@remix-run/node";
import { type SessionUser, forbidden, requireRole } from "~/auth/session.server";
import { db } from "~/db.server";

export interface SchoolScope {
  user: SessionUser;
  school: { id: string; name: string; brinCode: string; sector: "PO" | "VO" | "MBO" | "SO"; municipalityId: string };
  /** "?school=<id>" when the school was named in the address (an administrator, or a
   * coordinator of several schools); links within the school's pages keep it. */
  query: string;
}

export async function requireSchoolScope(request: Request): Promise<SchoolScope> {
  const user = await requireRole(request, ["coordinator", "admin"]);
  const named = new URL(request.url).searchParams.get("school");
  const own = user.schools.filter((school) => school.role === "COORDINATOR").map((school) => school.id);
  const isAdmin = user.roles.includes("admin");
  const schoolId = named ?? own[0];
  if (!schoolId) throw isAdmin ? redirect("/beheer/scholen") : forbidden();
  if (!isAdmin && !own.includes(schoolId)) throw forbidden();
  const school = await db.school.findUnique({
    where: { id: schoolId },
    select: { id: true, name: true, brinCode: true, sector: true, municipalityId: true },
  });
  if (!school) throw new Response("Not Found", { status: 404 });
  return { user, school, query: named ? `?school=${encodeURIComponent(school.id)}` : "" };
}
