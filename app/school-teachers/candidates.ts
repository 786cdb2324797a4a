// Who may be invited: each candidate (a row of an uploaded file, or the one person typed into
// the form) checked on its own and against the school as it is. Pure: the server gathers the
// facts about the addresses involved, this module decides what is wrong with each row.
import type { MessageKey, Params } from "~/i18n/translate";
import { type TeacherField, checkEmail, checkGroupName, checkName, findGroup, groupKey, normaliseEmail } from "./rules";
import { cleanText } from "~/registers/rules";

export interface RowProblem {
  /** The field the problem is about; null for the row as a whole. */
  field: TeacherField | null;
  key: MessageKey;
  params?: Params;
}

/** What Signaal knows about the person behind an e-mail address. */
export interface PersonFacts {
  /** Their membership at this school: an active teacher, a deactivated one, a coordinator, or none. */
  here: "teacher" | "deactivatedTeacher" | "coordinator" | null;
  /** An active membership at another school. */
  elsewhere: boolean;
  /** SSV deactivated the account itself: it cannot sign in. */
  accountDeactivated: boolean;
}

export interface SchoolFacts {
  /** By e-mail address, lower case. Addresses without an account are absent. */
  people: ReadonlyMap<string, PersonFacts>;
  /** Addresses with an invitation to this school that is neither used, revoked nor expired. */
  openInvitations: ReadonlySet<string>;
  groups: readonly { id: string; name: string }[];
}

export interface RawCandidate {
  line: number;
  name?: string;
  email?: string;
  group?: string;
  /** Problems found while reading the row (a wrong number of values, say). */
  problems?: RowProblem[];
}

export interface Candidate {
  line: number;
  /** As given, white space tidied; shown in the report even when it is wrong. */
  name: string;
  email: string;
  group: string | null;
  /** The group does not exist yet and is created on import. */
  newGroup: boolean;
  problems: RowProblem[];
}

function factProblems(facts: PersonFacts | undefined, openInvitation: boolean): RowProblem[] {
  const problems: RowProblem[] = [];
  const problem = (key: MessageKey) => problems.push({ field: "email", key });
  if (facts?.accountDeactivated) problem("teachers.problem.accountDeactivated");
  else if (facts?.here === "teacher") problem("teachers.problem.activeHere");
  else if (facts?.here === "deactivatedTeacher") problem("teachers.problem.deactivatedHere");
  else if (facts?.here === "coordinator") problem("teachers.problem.coordinatorHere");
  else if (facts?.elsewhere) problem("teachers.problem.otherSchool");
  if (openInvitation && facts?.here !== "teacher") problem("teachers.problem.openInvitation");
  return problems;
}

/**
 * Checks every candidate: its own values, the school's facts, and repeats within the list
 * (the first occurrence of an address stands; later ones are duplicates, so dropping the bad
 * rows keeps one). New groups are matched regardless of capitals, the first spelling wins.
 */
export function checkCandidates(raws: readonly RawCandidate[], facts: SchoolFacts): Candidate[] {
  const firstLine = new Map<string, number>();
  const newGroups = new Map<string, string>();
  return raws.map((raw) => {
    const problems: RowProblem[] = [...(raw.problems ?? [])];
    const name = checkName(raw.name);
    const email = checkEmail(raw.email);
    const group = checkGroupName(raw.group);
    for (const checked of [name, email, group]) if (!checked.ok) problems.push(checked.problem);

    let groupName = group.ok ? group.value : cleanText(raw.group);
    let newGroup = false;
    if (group.ok && group.value) {
      const existing = findGroup(facts.groups, group.value);
      const key = groupKey(group.value);
      if (existing) groupName = existing.name;
      else {
        newGroup = true;
        if (!newGroups.has(key)) newGroups.set(key, group.value);
        groupName = newGroups.get(key)!;
      }
    }

    if (email.ok) {
      const earlier = firstLine.get(email.value);
      if (earlier !== undefined) problems.push({ field: "email", key: "teachers.problem.duplicateInFile", params: { line: earlier } });
      else firstLine.set(email.value, raw.line);
      problems.push(...factProblems(facts.people.get(email.value), facts.openInvitations.has(email.value)));
    }
    return {
      line: raw.line,
      name: name.ok ? name.value : cleanText(raw.name),
      email: email.ok ? email.value : normaliseEmail(raw.email ?? ""),
      group: groupName || null,
      newGroup,
      problems,
    };
  });
}

export interface PreviewCounts {
  rows: number;
  valid: number;
  invalid: number;
}

export function countCandidates(candidates: readonly Candidate[]): PreviewCounts {
  const valid = candidates.filter((candidate) => candidate.problems.length === 0).length;
  return { rows: candidates.length, valid, invalid: candidates.length - valid };
}
