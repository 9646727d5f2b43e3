import { describe, expect, it } from 'vitest';
import { alertPlan } from '../../src/lib/incident/alert-plan.ts';
import { dueAlerts, type AlertLevel } from '../../src/lib/incident/alerts.ts';
import { limitOf, openLimits, warnWindow } from '../../src/lib/incident/limits.ts';
import { debriefSummary, recordRows, recordText, shortAction, statusText } from '../../src/lib/incident/record.ts';
import * as fields from '../../src/lib/incident/fields.ts';
import * as run from '../../src/lib/incident/run.ts';
import { dateTime, parseTimeNear } from '../../src/lib/incident/dates.ts';
import { elapsedClock, hhmm, minutesCeil } from '../../src/lib/incident/time.ts';
import { exportBackup, importBackup, type AllData } from '../../src/lib/storage/backup.ts';
import { keyOf, memoryKV, readValue, writeValue } from '../../src/lib/storage/kv.ts';
import { MAX, parseIncidents, type Incident, type Incidents } from '../../src/lib/storage/incidents-schema.ts';
import { setAsideEntries } from '../../src/lib/storage/set-aside.ts';
import { defaultSettings, emptyProgress } from '../../src/lib/storage/schemas.ts';

process.env.TZ = 'Asia/Shanghai';

const MIN = 60_000;
/** 2026-11-25 10:00:00 in Shanghai */
const T0 = Date.UTC(2026, 10, 25, 2, 0, 0);
const at = (minutes: number, seconds = 0) => T0 + minutes * MIN + seconds * 1000;

const plan: run.RunPlan = {
  id: 'lift-entrapment',
  title: '电梯故障与困人',
  project: '示例小区',
  steps: [
    { id: 'comfort', role: '监控中心值班员', action: '通过轿厢对讲告诉被困人员救援已经出发，请其保持冷静', when: '立即', critical: true },
    { id: 'notify-maintainer', role: '监控中心值班员', action: '立即通知本项目电梯维保单位（可同时报平台），讲清楼栋', when: '立即', critical: true },
    { id: 'maintainer-arrive', role: '工程维修员', action: '跟进维保单位救援人员到场：直辖市或设区的市 30 分钟内', withinMinutes: 30, critical: true },
    { id: 'after-care', role: '客服管家', action: '解救后问身体状况，需要时陪同就医', when: '事后', critical: false },
  ],
  fields: ['接报时间、被困人数', '解救时间、被困人员身体状况'],
};
const fresh = (id = 'i-1') => run.startIncident(plan, T0, id);

describe('a live run: stamping, corrections and skips', () => {
  it('starts at the report time with nothing done and every record field empty', () => {
    const inc = fresh();
    expect(inc.reportedAt).toBe(T0);
    expect(run.isOpen(inc)).toBe(true);
    expect(inc.answers).toEqual(['', '']);
    expect(run.nextStep(inc)?.id).toBe('comfort');
    expect(parseIncidents({ [inc.id]: inc }).ok).toBe(true);
  });

  it('stamps a tap with the real time; a second tap keeps the first time', () => {
    let inc = run.stamp(fresh(), 'comfort', at(1));
    expect(inc.marks.comfort.doneAt).toBe(at(1));
    expect(inc.updatedAt).toBe(at(1));
    expect(run.stamp(inc, 'comfort', at(2))).toBe(inc);
    inc = run.stamp(inc, 'notify-maintainer', at(2));
    expect(run.nextStep(inc)?.id).toBe('maintainer-arrive');
    expect(run.stamp(inc, 'no-such-step', at(3))).toBe(inc);
  });

  it('records a changed time with the original, the new time and when it was changed', () => {
    let inc = run.stamp(fresh(), 'maintainer-arrive', at(27));
    inc = run.editStamp(inc, 'maintainer-arrive', at(25), at(28));
    expect(inc.marks['maintainer-arrive']).toEqual({ doneAt: at(25), edits: [{ from: at(27), to: at(25), at: at(28) }] });
    // a time in the future or before the report is refused, with the reason
    expect(run.stampProblem(inc.reportedAt, at(40), at(30))).toMatch(/不能晚于现在/);
    expect(run.stampProblem(inc.reportedAt, at(-5), at(30))).toMatch(/不能早于接报/);
    expect(run.editStamp(inc, 'maintainer-arrive', at(40), at(30))).toBe(inc);
    // taking a stamp back is kept in the record too
    inc = run.unstamp(inc, 'maintainer-arrive', at(31));
    expect(inc.marks['maintainer-arrive'].doneAt).toBeUndefined();
    expect(inc.marks['maintainer-arrive'].edits.at(-1)).toEqual({ from: at(25), to: null, at: at(31) });
  });

  it('corrects the report time, recorded, but never to after a stamped step or the present', () => {
    let inc = run.stamp(fresh(), 'comfort', at(1));
    inc = run.editReport(inc, at(-3), at(5));
    expect(inc.reportedAt).toBe(at(-3));
    expect(inc.reportEdits).toEqual([{ from: T0, to: at(-3), at: at(5) }]);
    expect(run.reportProblem(inc, at(2), at(5))).toMatch(/步骤时间/);
    expect(run.reportProblem(inc, at(9), at(5))).toMatch(/晚于现在/);
    expect(run.editReport(inc, at(2), at(5))).toBe(inc);
  });

  it('skips a step only with a reason, and not once it is done; a skipped step can still be done', () => {
    let inc = fresh();
    expect(run.skip(inc, 'after-care', '   ', at(3))).toBe(inc);
    inc = run.skip(inc, 'after-care', ' 被困人员自行离开 ', at(3));
    expect(inc.marks['after-care'].skipped).toEqual({ reason: '被困人员自行离开', at: at(3) });
    expect(run.unskip(inc, 'after-care', at(4)).marks['after-care'].skipped).toBeUndefined();
    const done = run.stamp(inc, 'after-care', at(5));
    expect(done.marks['after-care']).toEqual({ doneAt: at(5), edits: [] });
    expect(run.skip(done, 'after-care', '不需要', at(6))).toBe(done);
  });

  it('logs calls, people, notes and record text, clipped to what storage accepts', () => {
    let inc = run.logCall(fresh(), { contact: 'lift', label: '电梯维保单位', phone: '96333' }, at(2));
    inc = run.addPerson(inc, { name: ' 张三 ', role: '被困人员', phone: '13800000000' }, at(3));
    expect(run.addPerson(inc, { name: '', role: '住户', phone: ' ' }, at(3))).toBe(inc);
    inc = run.setNote(inc, '长'.repeat(6000), at(4));
    inc = fields.setAnswer(inc, 0, '2 人', at(4));
    expect(fields.setAnswer(inc, 9, 'x', at(4))).toBe(inc);
    expect(inc.calls).toEqual([{ contact: 'lift', label: '电梯维保单位', phone: '96333', at: at(2) }]);
    expect(inc.people).toEqual([{ name: '张三', role: '被困人员', phone: '13800000000' }]);
    expect(inc.note).toHaveLength(MAX.note);
    expect(inc.answers).toEqual(['2 人', '']);
    expect(run.removePerson(inc, 0, at(5)).people).toEqual([]);
    expect(parseIncidents({ [inc.id]: inc }).ok).toBe(true);
  });

  it('finishes and reopens', () => {
    const done = run.finish(fresh(), at(41));
    expect(done.finishedAt).toBe(at(41));
    expect(run.isOpen(done)).toBe(false);
    expect(run.finish(done, at(50))).toBe(done);
    expect(run.isOpen(fields.reopen(done, at(50)))).toBe(true);
  });
});

describe('time limits and warnings', () => {
  const step = plan.steps[2];
  it('warns in the last 5 minutes or the last fifth, whichever is longer', () => {
    expect(warnWindow(30)).toBe(6 * MIN);
    expect(warnWindow(10)).toBe(5 * MIN);
    expect(warnWindow(60)).toBe(12 * MIN);
  });

  it('counts down from the report time: running, warning, overdue', () => {
    expect(limitOf(plan.steps[0], undefined, T0, at(1))).toBeUndefined();
    expect(limitOf(step, undefined, T0, at(23, 59))).toMatchObject({ state: 'running', deadline: at(30), left: 6 * MIN + 1000 });
    expect(limitOf(step, undefined, T0, at(24))).toMatchObject({ state: 'warning', left: 6 * MIN });
    expect(limitOf(step, undefined, T0, at(30))).toMatchObject({ state: 'warning', left: 0 });
    expect(limitOf(step, undefined, T0, at(30, 1))).toMatchObject({ state: 'overdue', left: -1000 });
  });

  it('a done step is met or late by its stamp, a skipped one is neither', () => {
    expect(limitOf(step, { doneAt: at(29, 59), edits: [] }, T0, at(40))?.state).toBe('met');
    expect(limitOf(step, { doneAt: at(31), edits: [] }, T0, at(40))?.state).toBe('late');
    expect(limitOf(step, { skipped: { reason: 'x', at: at(2) }, edits: [] }, T0, at(40))?.state).toBe('skipped');
  });

  it('moves with a corrected report time', () => {
    const inc = run.editReport(fresh(), at(-10), at(1));
    expect(openLimits(inc, at(21))[0]).toMatchObject({ state: 'overdue', step: { id: 'maintainer-arrive' } });
  });
});

describe('several incidents open at once', () => {
  it('lists the open ones newest first and changes one without touching the others', () => {
    const a = fresh('i-a');
    const b = run.startIncident({ ...plan, id: 'pipe-burst', title: '水管爆裂' }, at(5), 'i-b');
    const c = run.finish(run.startIncident(plan, at(-60), 'i-c'), at(-20));
    let all: Incidents = { [a.id]: a, [b.id]: b, [c.id]: c };
    expect(run.listIncidents(all, true).map((i) => i.id)).toEqual(['i-b', 'i-a']);
    expect(run.listIncidents(all).map((i) => i.id)).toEqual(['i-b', 'i-a', 'i-c']);
    all = run.change(all, 'i-a', (i) => run.stamp(i, 'comfort', at(6)));
    expect(all['i-a'].marks.comfort.doneAt).toBe(at(6));
    expect(all['i-b']).toBe(b);
    expect(run.change(all, 'nope', (i) => i)).toBe(all);
    expect(run.listIncidents(run.remove(all, 'i-b', at(7))).map((i) => i.id)).toEqual(['i-a', 'i-c']);
  });

  it('gives each new run its own id', () => {
    const ids = new Set(Array.from({ length: 50 }, () => run.newIncidentId(T0)));
    expect(ids.size).toBe(50);
    expect([...ids].every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
  });
});

/** The lift run the e2e test plays too: comfort at 1, notify at 2, arrive at 27 (edited), after-care skipped. */
function liftRun(): Incident {
  let inc = fresh();
  inc = run.stamp(inc, 'comfort', at(0, 40));
  inc = run.stamp(inc, 'notify-maintainer', at(2));
  inc = run.stamp(inc, 'maintainer-arrive', at(31, 10));
  inc = run.logCall(inc, { contact: 'lift', label: '电梯维保单位', phone: '96333' }, at(1, 30));
  inc = run.addPerson(inc, { name: '张三', role: '被困人员', phone: '13800000000' }, at(10));
  inc = run.skip(inc, 'after-care', '被困人员自行离开', at(35));
  inc = fields.setText(inc, 'cause', '门锁回路故障', at(40));
  inc = fields.setAnswer(inc, 0, '10:00，2 人', at(40));
  return run.finish(inc, at(41));
}

describe('a step for one case only (condition)', () => {
  const condPlan: run.RunPlan = {
    ...plan,
    steps: [plan.steps[0], { id: 'call-120', role: '客服管家', action: '出现胸闷、头晕的，立即拨打 120', when: '立即', critical: true, condition: '被困人员不舒服' }, plan.steps[1]],
  };
  const start = () => run.startIncident(condPlan, T0, 'c-1');

  it('is never the next-step bar’s step: the bar goes past it to the next step done every time', () => {
    const inc = run.stamp(start(), 'comfort', at(1));
    expect(run.nextStep(inc)?.id).toBe('notify-maintainer');
  });

  it('answered 不需要 is not counted as skipped, and the record says the case did not arise', () => {
    let inc = run.stamp(start(), 'comfort', at(1));
    inc = run.skip(inc, 'call-120', '被困人员没有不适', at(2));
    inc = run.stamp(inc, 'notify-maintainer', at(3));
    const rows = recordRows(inc);
    expect(statusText(rows[1])).toBe('不需要：被困人员没有不适');
    expect(debriefSummary(rows)).toMatchObject({ good: true, skipped: 0 });
    expect(recordText(inc)).toContain('适用情况「被困人员不舒服」：没有出现');
  });

  it('done, the record says the case arose; left open, it says it was not confirmed', () => {
    const done = run.stamp(start(), 'call-120', at(1, 5));
    expect(recordText(done)).toContain('适用情况「被困人员不舒服」：出现，已处置');
    expect(statusText(recordRows(start())[1])).toBe('未确认是否需要');
    expect(debriefSummary(recordRows(start())).good).toBe(false);
  });
});

describe('the record', () => {
  it('has one row per step: time, started minutes since the report, and the verdict against the limit', () => {
    const rows = recordRows(liftRun());
    expect(rows.map((r) => [r.step.id, r.status, r.doneAt && hhmm(r.doneAt), r.minutes, r.over])).toEqual([
      ['comfort', 'done', '10:00', 1, undefined],
      ['notify-maintainer', 'done', '10:02', 2, undefined],
      ['maintainer-arrive', 'late', '10:31', 32, 2],
      ['after-care', 'skipped', undefined, undefined, undefined],
    ]);
    expect(rows[3].reason).toBe('被困人员自行离开');
  });

  it('counts a stamp at 29:40 as on time in minute 30, and one at 30:20 as late in minute 31', () => {
    const on = recordRows(run.stamp(fresh(), 'maintainer-arrive', at(29, 40)))[2];
    const late = recordRows(run.stamp(fresh(), 'maintainer-arrive', at(30, 20)))[2];
    expect([on.status, on.minutes]).toEqual(['ok', 30]);
    expect([late.status, late.minutes, late.over]).toEqual(['late', 31, 1]);
    expect(recordRows(fresh())[0].status).toBe('missed');
  });

  it('debriefs late, skipped and unrecorded steps; a critical step left undone is not 按预案', () => {
    expect(debriefSummary(recordRows(liftRun()))).toMatchObject({ good: false, late: 1, skipped: 1, missed: 0 });
    expect(debriefSummary(recordRows(liftRun())).text).toBe('1 步超过时限，1 步跳过');
    let inc = fresh();
    for (const [i, s] of plan.steps.entries()) inc = run.stamp(inc, s.id, at(i + 1));
    expect(debriefSummary(recordRows(inc))).toMatchObject({ good: true, text: '每一步都按时记录' });
  });

  it('reads as a chat message: short steps, times, time since the report to the second, calls, people, what was written', () => {
    const text = recordText(liftRun());
    expect(text.split('\n').slice(0, 3)).toEqual(['《紧急事件处理记录表》电梯故障与困人', '项目：示例小区', '接报：2026-11-25 10:00；结束 10:41，共 41 分钟']);
    expect(text).toContain('1. 10:00（接报后 40 秒，已完成）通过轿厢对讲告诉被困人员救援已经出发（监控中心值班员）');
    expect(text).toContain('2. 10:02（接报后 2 分 0 秒，已完成）立即通知本项目电梯维保单位（监控中心值班员）');
    expect(text).toContain('3. 10:31（接报后 31 分 10 秒，限 30 分钟，超时 1 分 10 秒）跟进维保单位救援人员到场（工程维修员）');
    expect(text).toContain('4. 跳过：被困人员自行离开：解救后问身体状况（客服管家）');
    expect(text).toContain('电话：\n10:01 电梯维保单位 96333');
    expect(text).toContain('有关人员：\n张三（被困人员） 13800000000');
    expect(text).toContain('记录要点：\n接报时间、被困人数：10:00，2 人');
    expect(text).toContain('原因：门锁回路故障');
    expect(text).not.toContain('采取的措施');
    expect(text).not.toMatch(/undefined|null|NaN/);
  });

  it('lists every time correction, and a saved file keeps each action whole', () => {
    let inc = run.editReport(liftRun(), at(-2), at(42));
    inc = run.editStamp(inc, 'comfort', at(0), at(43));
    const text = recordText(inc, true);
    expect(text).toContain('时间更正：\n接报时间 10:00→09:58（10:42 改）\n第 1 步 10:00→10:00（10:43 改）');
    expect(text).toContain('通过轿厢对讲告诉被困人员救援已经出发，请其保持冷静');
  });

  it('shortens an action to its first clause', () => {
    expect(shortAction('立即通知本项目电梯维保单位（可同时报平台），讲清楼栋')).toBe('立即通知本项目电梯维保单位');
    expect(shortAction('一'.repeat(40))).toHaveLength(28);
  });
});

describe('clock text', () => {
  it('formats local times, elapsed time and started minutes', () => {
    expect(hhmm(at(5, 30))).toBe('10:05');
    expect(dateTime(T0)).toBe('2026-11-25 10:00');
    expect(elapsedClock(12 * MIN + 4000)).toBe('12:04');
    expect(elapsedClock(62 * MIN)).toBe('1:02:00');
    expect(elapsedClock(-5)).toBe('00:00');
    expect(minutesCeil(0)).toBe(0);
    expect(minutesCeil(1)).toBe(1);
  });
  it('reads a typed HH:MM as the nearest such moment, across midnight too', () => {
    expect(parseTimeNear('09:58', T0)).toBe(at(-2));
    expect(parseTimeNear('10:30', T0)).toBe(at(30));
    const lateNight = Date.UTC(2026, 10, 25, 15, 50); // 23:50
    expect(parseTimeNear('00:20', lateNight)).toBe(lateNight + 30 * MIN);
    expect(parseTimeNear('23:40', lateNight + 30 * MIN)).toBe(lateNight - 10 * MIN);
    expect(parseTimeNear('25:00', T0)).toBeUndefined();
    expect(parseTimeNear('', T0)).toBeUndefined();
  });
});

describe('stored incidents', () => {
  it('round-trip through the checked store', () => {
    const kv = memoryKV();
    const all = { 'i-1': liftRun() };
    expect(writeValue(kv, 'incidents', all)).toBeUndefined();
    expect(readValue(kv, 'incidents', parseIncidents, () => ({}))).toEqual({ value: all });
  });

  it('sets a corrupt value aside under its Chinese name and keeps the good incidents', () => {
    const kv = memoryKV();
    const good = liftRun();
    kv.setItem(keyOf('incidents'), JSON.stringify({ 'i-1': good, 'i-2': { ...good, id: 'i-2', reportedAt: 'yesterday' } }));
    const r = readValue(kv, 'incidents', parseIncidents, () => ({}), 777);
    expect(Object.keys(r.value)).toEqual(['i-1']);
    expect(r.notice?.message).toMatch(/「现场处置记录」有 1 条记录已损坏/);
    expect(kv.getItem('wuye:quarantine:incidents:777')).toContain('yesterday');
    expect(setAsideEntries(kv.keys())).toMatchObject([{ name: 'incidents', label: '现场处置记录', restorable: true }]);

    kv.setItem(keyOf('incidents'), '{not json');
    expect(readValue(kv, 'incidents', parseIncidents, () => ({}), 778)).toMatchObject({ value: {}, notice: { kind: 'corrupt' } });
  });

  it('go into the backup file and merge on import, keeping both phones\u2019 incidents', () => {
    const base = (): AllData => ({ progress: emptyProgress(), cards: {}, checklists: {}, drills: {}, settings: defaultSettings() });
    const mine = run.stamp(fresh('i-mine'), 'comfort', at(1));
    const older = fresh('i-shared');
    const newer = run.finish(run.stamp(fresh('i-shared'), 'comfort', at(3)), at(9));
    const theirs = run.startIncident(plan, at(100), 'i-theirs');
    const file = exportBackup({ ...base(), incidents: { [newer.id]: newer, [theirs.id]: theirs } });
    expect(JSON.parse(file).data.incidents['i-theirs'].title).toBe('电梯故障与困人');
    const r = importBackup({ ...base(), incidents: { [mine.id]: mine, [older.id]: older } }, file);
    expect(r.merged).toContain('incidents');
    expect(Object.keys(r.data.incidents!).sort()).toEqual(['i-mine', 'i-shared', 'i-theirs']);
    expect(r.data.incidents!['i-shared']).toEqual(newer);
    // a backup from before incidents existed imports as before
    const oldFile = JSON.stringify({ app: 'wuye-handbook', version: 1, data: { drills: {} } });
    expect(importBackup({ ...base(), incidents: { [mine.id]: mine } }, oldFile).data.incidents).toEqual({ [mine.id]: mine });
    // a damaged incidents section is reported and skipped, the rest still merges
    const bad = JSON.stringify({ app: 'wuye-handbook', version: 1, data: { drills: {}, incidents: { x: { id: 1 } } } });
    const rb = importBackup(base(), bad);
    expect(rb.merged).toEqual(['drills']);
    expect(rb.problems.join()).toMatch(/现场处置记录.*格式不对/);
  });
});

import fc from 'fast-check';
import { correctionLines } from '../../src/lib/incident/record.ts';
import { MAX_EDITS } from '../../src/lib/storage/incidents-schema.ts';

describe('a run corrected again and again', () => {
  const saved = (inc: Incident) => {
    const kv = memoryKV();
    expect(writeValue(kv, 'incidents', { [inc.id]: inc })).toBeUndefined();
    return readValue<Incidents>(kv, 'incidents', parseIncidents, () => ({}));
  };

  it('keeps the run when its report time is corrected past the history limit, and says older corrections were let go', () => {
    let inc = fresh();
    for (let i = 1; i <= MAX_EDITS.report + 2; i++) inc = run.editReport(inc, T0 - i * MIN, at(1));
    expect(inc.reportEdits).toHaveLength(MAX_EDITS.report);
    expect(inc.reportEditsDropped).toBe(2);
    const r = saved(inc);
    expect(r.notice).toBeUndefined();
    expect(r.value[inc.id].reportedAt).toBe(T0 - (MAX_EDITS.report + 2) * MIN);
    expect(correctionLines(inc, recordRows(inc))[0]).toBe('接报时间更早的 2 次更正未保留');
  });

  it('keeps a step\u2019s time after 101 tick-and-undo cycles', () => {
    let inc = fresh();
    for (let i = 0; i < 101; i++) inc = run.unstamp(run.stamp(inc, 'comfort', at(1, i)), 'comfort', at(1, i));
    inc = run.stamp(inc, 'comfort', at(2));
    const r = saved(inc);
    expect(r.notice).toBeUndefined();
    expect(r.value[inc.id].marks.comfort.doneAt).toBe(at(2));
    expect(r.value[inc.id].marks.comfort.editsDropped).toBe(1);
  });

  it('whatever is done to a run, it always saves and reads back whole', () => {
    const step = fc.constantFrom(...plan.steps.map((s) => s.id), 'no-such-step');
    const op = fc.oneof(
      fc.record({ k: fc.constant('stamp' as const), step, t: fc.nat(600) }),
      fc.record({ k: fc.constant('unstamp' as const), step, t: fc.nat(600) }),
      fc.record({ k: fc.constant('edit' as const), step, t: fc.nat(600) }),
      fc.record({ k: fc.constant('report' as const), t: fc.integer({ min: -600, max: 600 }) }),
      fc.record({ k: fc.constant('skip' as const), step, reason: fc.string({ maxLength: 400 }) }),
      fc.record({ k: fc.constant('unskip' as const), step }),
      fc.record({ k: fc.constant('call' as const) }),
      fc.record({ k: fc.constant('person' as const), name: fc.string({ maxLength: 80 }) }),
      fc.record({ k: fc.constant('note' as const), text: fc.string({ maxLength: 6000 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        let inc = fresh();
        let now = at(0);
        for (const o of ops) {
          now += 1000;
          if (o.k === 'stamp') inc = run.stamp(inc, o.step, now);
          else if (o.k === 'unstamp') inc = run.unstamp(inc, o.step, now);
          else if (o.k === 'edit') inc = run.editStamp(inc, o.step, Math.min(now, inc.reportedAt + o.t * 1000), now);
          else if (o.k === 'report') inc = run.editReport(inc, T0 + o.t * 1000, now);
          else if (o.k === 'skip') inc = run.skip(inc, o.step, o.reason, now);
          else if (o.k === 'unskip') inc = run.unskip(inc, o.step, now);
          else if (o.k === 'call') inc = run.logCall(inc, { contact: 'lift', label: '电梯维保', phone: '0000' }, now);
          else if (o.k === 'person') inc = run.addPerson(inc, { name: o.name, role: '', phone: '' }, now);
          else inc = run.setNote(inc, o.text, now);
        }
        const r = saved(inc);
        expect(r.notice).toBeUndefined();
        expect(r.value[inc.id]).toEqual(inc);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a deleted run', () => {
  it('stays deleted when a backup made while it was open is restored, and keeps nothing it said', () => {
    const base = (): AllData => ({ progress: emptyProgress(), cards: {}, checklists: {}, drills: {}, settings: defaultSettings() });
    const open = run.setNote(run.stamp(fresh('i-x'), 'comfort', at(1)), '三号梯困了两人', at(2));
    const file = exportBackup({ ...base(), incidents: { [open.id]: open } });
    const deleted = run.remove({ [open.id]: run.finish(open, at(30)) }, open.id, at(40));
    expect(run.listIncidents(deleted)).toEqual([]);
    expect(run.liveIncident(deleted, open.id)).toBeUndefined();
    expect(JSON.stringify(deleted)).not.toContain('三号梯');
    const r = importBackup({ ...base(), incidents: deleted }, file);
    expect(run.listIncidents(r.data.incidents!)).toEqual([]);
    expect(run.listIncidents(r.data.incidents!, true)).toEqual([]);
    // and what is stored still passes its check
    expect(writeValue(memoryKV(), 'incidents', r.data.incidents)).toBeUndefined();
    expect(parseIncidents(r.data.incidents).ok).toBe(true);
    // a change to a deleted run does nothing
    expect(run.change(deleted, open.id, (i) => run.setNote(i, 'x', at(50)))).toBe(deleted);
  });
});

describe('a phone clock set back during a run', () => {
  it('times a tap that reads earlier than the report at the report, and the record asks for it to be checked', () => {
    const inc = run.stamp(fresh(), 'comfort', T0 - 3_600_000);
    expect(inc.marks.comfort).toMatchObject({ doneAt: T0, clockBehind: true });
    const rows = recordRows(inc);
    expect(correctionLines(inc, rows)).toEqual(['第 1 步 记下时手机时间早于接报时间，暂按接报时间记，请核对后改正']);
    // corrected by hand, the note goes
    const fixed = run.editStamp(inc, 'comfort', at(3), at(10));
    expect(fixed.marks.comfort.clockBehind).toBeUndefined();
    expect(correctionLines(fixed, recordRows(fixed))).toEqual([expect.stringMatching(/^第 1 步 /)]);
  });
});

describe('limit alerts', () => {
  const limitsAt = (inc: Incident, t: number) => openLimits(inc, t);

  it('alerts once when a limit starts warning and once when it runs out, never again for the same level', () => {
    const inc = fresh();
    const heard: Record<string, AlertLevel> = {};
    expect(dueAlerts(limitsAt(inc, at(10)), heard)).toEqual([]);
    const warn = dueAlerts(limitsAt(inc, at(25)), heard);
    expect(warn.map((a) => [a.step.id, a.level])).toEqual([['maintainer-arrive', 'warning']]);
    expect(warn[0].text).toBe('快到时限：跟进维保单位救援人员到场（限 30 分钟）');
    heard['maintainer-arrive'] = 'warning';
    expect(dueAlerts(limitsAt(inc, at(26)), heard)).toEqual([]);
    expect(dueAlerts(limitsAt(inc, at(31)), heard).map((a) => a.level)).toEqual(['overdue']);
  });

  it('a phone that slept through the warning and the deadline alerts once, as overdue, on waking', () => {
    const due = dueAlerts(limitsAt(fresh(), at(45)), {});
    expect(due.map((a) => a.level)).toEqual(['overdue']);
    expect(dueAlerts(limitsAt(fresh(), at(45)), { 'maintainer-arrive': 'overdue' })).toEqual([]);
  });

  it('a limit met or skipped does not alert', () => {
    expect(dueAlerts(limitsAt(run.stamp(fresh(), 'maintainer-arrive', at(20)), at(40)), {})).toEqual([]);
    expect(dueAlerts(limitsAt(run.skip(fresh(), 'maintainer-arrive', '自行脱困', at(20)), at(40)), {})).toEqual([]);
  });

  it('says what will and will not alert: everything on Android Chrome with notifications allowed, the gaps in WeChat', () => {
    const full = alertPlan({ vibrate: true, sound: true, wakeLock: true, notification: 'granted' });
    expect(full.wont).toEqual([]);
    expect(full.will).toContain('锁屏或切到别的应用时发系统通知');
    const wechat = alertPlan({ vibrate: false, sound: true, wakeLock: false, notification: 'none' });
    expect(wechat.wont.join()).toContain('不会震动');
    expect(wechat.wont.join()).toContain('屏幕可能自动熄灭');
    expect(wechat.wont.join()).toContain('锁屏后不会提醒，解锁时马上提醒');
  });
});
