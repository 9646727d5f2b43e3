/**
 * A trainee's exam on their own phone: name and staff number, a countdown to a deadline fixed at
 * the start, answers saved as they are given (a reload or a dead battery resumes), no feedback
 * until submission, and submission when time runs out — also when the phone reopens the exam
 * after its deadline. Several trainees can sit the same link on one phone, one after another.
 */
import '../styles/assess.css';
import { useEffect, useState } from 'preact/hooks';
import { drawQuestions, examHash } from '../lib/exam/assemble.ts';
import { readExamLink } from '../lib/exam/link.ts';
import { sittingToShow, type Exam } from '../lib/exam/sitting.ts';
import { decodeSpec } from '../lib/exam/spec.ts';
import { exams } from '../stores/exams.ts';
import { bankErrorText, loadPool } from './exam/bankLoader.ts';
import { ExamPaper } from './exam/ExamPaper.tsx';
import { ExamResult } from './exam/ExamResult.tsx';
import { ExamStart } from './exam/ExamStart.tsx';
import { useStored } from './useStored.ts';

export default function ExamTaker() {
  const [exam, setExam] = useState<Exam | null>(null);
  const [error, setError] = useState('');
  const all = useStored(exams.$store, exams.initial);
  /** undefined: show what the phone has for this exam; null: the start form for the next trainee */
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    const link = readExamLink(location.search, location.hash);
    if (!link.ok) return setError(link.error);
    const d = decodeSpec(link.exam);
    if (!d.ok) return setError(d.error);
    loadPool(d.spec.banks)
      .then((pool) => {
        const questions = drawQuestions(d.spec, pool);
        if (questions.length < d.spec.count) return setError('本站的题库里没有这么多符合条件的题：请联系培训师。');
        setExam({ spec: d.spec, questions, hash: examHash(d.spec, questions), sig: link.sig });
      })
      .catch((e) => setError(bankErrorText(e)));
  }, []);

  if (error)
    return (
      <p role="alert" class="notice">
        {error}
      </p>
    );
  if (!exam) return <p role="status">正在准备考试…</p>;

  const key = chosen === undefined ? sittingToShow(all, exam.hash) : chosen;
  const sitting = key ? all[key] : undefined;
  if (!key || !sitting) return <ExamStart exam={exam} onStarted={setChosen} />;
  if (sitting.submittedAt && sitting.code) return <ExamResult exam={exam} sitting={sitting} onNext={() => setChosen(null)} />;
  return <ExamPaper exam={exam} sittingKey={key} sitting={sitting} />;
}
