// The registers for one year, newest first and a page at a time, with the year's totals.
import { db } from "~/db.server";
import { FIRST_YEAR, dateToDay, todayInNetherlands } from "./rules";

export const REGISTER_PAGE_SIZE = 50;

function yearRange(year: number) {
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
}

export function currentYear(): number {
  return Number(todayInNetherlands().slice(0, 4));
}

/** The years that can hold records, newest first: from the oldest record (or this year) to this year. */
export async function registerYears(): Promise<number[]> {
  const [trainings, conversations] = await Promise.all([
    db.classroomTraining.aggregate({ _min: { date: true } }),
    db.advisoryConversation.aggregate({ _min: { date: true } }),
  ]);
  const thisYear = currentYear();
  const oldest = [trainings._min.date, conversations._min.date]
    .filter((date): date is Date => date !== null)
    .reduce((year, date) => Math.min(year, date.getUTCFullYear()), thisYear);
  const years: number[] = [];
  for (let year = thisYear; year >= Math.max(oldest, FIRST_YEAR); year -= 1) years.push(year);
  return years;
}

export interface Page {
  page: number;
  pages: number;
}

function pageOf(requested: number, total: number): Page {
  const pages = Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE));
  return { page: Math.min(Math.max(1, Math.trunc(requested) || 1), pages), pages };
}

export async function listTrainings(year: number, requestedPage: number) {
  const where = { date: yearRange(year) };
  const totals = await db.classroomTraining.aggregate({
    where,
    _count: { _all: true },
    _sum: { participantsPo: true, participantsVo: true, participantsMbo: true, participantsSo: true, participantsOther: true, participants: true },
  });
  const count = totals._count._all;
  const paging = pageOf(requestedPage, count);
  const trainings = await db.classroomTraining.findMany({
    where,
    orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    skip: (paging.page - 1) * REGISTER_PAGE_SIZE,
    take: REGISTER_PAGE_SIZE,
    include: { municipality: { select: { name: true } }, school: { select: { name: true, brinCode: true } } },
  });
  return {
    ...paging,
    count,
    totals: {
      participantsPo: totals._sum.participantsPo ?? 0,
      participantsVo: totals._sum.participantsVo ?? 0,
      participantsMbo: totals._sum.participantsMbo ?? 0,
      participantsSo: totals._sum.participantsSo ?? 0,
      participantsOther: totals._sum.participantsOther ?? 0,
      participants: totals._sum.participants ?? 0,
    },
    items: trainings.map((training) => ({
      id: training.id,
      date: dateToDay(training.date),
      provider: training.provider,
      providerName: training.providerName,
      title: training.title,
      municipality: training.municipality.name,
      prioritised: training.prioritised,
      school: training.school ? `${training.school.name} (${training.school.brinCode})` : null,
      participantsPo: training.participantsPo,
      participantsVo: training.participantsVo,
      participantsMbo: training.participantsMbo,
      participantsSo: training.participantsSo,
      participantsOther: training.participantsOther,
      participants: training.participants,
    })),
  };
}

export async function listConversations(year: number, requestedPage: number) {
  const where = { date: yearRange(year) };
  const [count, schools] = await Promise.all([
    db.advisoryConversation.count({ where }),
    db.advisoryConversation.groupBy({ by: ["schoolId"], where }),
  ]);
  const paging = pageOf(requestedPage, count);
  const conversations = await db.advisoryConversation.findMany({
    where,
    orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    skip: (paging.page - 1) * REGISTER_PAGE_SIZE,
    take: REGISTER_PAGE_SIZE,
    include: { municipality: { select: { name: true } }, school: { select: { name: true, brinCode: true } } },
  });
  return {
    ...paging,
    count,
    schools: schools.length,
    items: conversations.map((conversation) => ({
      id: conversation.id,
      date: dateToDay(conversation.date),
      provider: conversation.provider,
      providerName: conversation.providerName,
      topic: conversation.topic,
      municipality: conversation.municipality.name,
      prioritised: conversation.prioritised,
      school: `${conversation.school.name} (${conversation.school.brinCode})`,
    })),
  };
}
