import type { APIRoute, GetStaticPaths } from 'astro';
import { getBanks, resolveBank, type BankEntry } from '../../data/training';

/** Each bank's questions with answer keys, fetched by the exam and console pages when needed. */
export const getStaticPaths: GetStaticPaths = async () => (await getBanks()).map((bank) => ({ params: { bank: bank.id }, props: { bank } }));

export const GET: APIRoute = async ({ props }) => {
  const bank = (props as { bank: BankEntry }).bank;
  return new Response(JSON.stringify(await resolveBank(bank)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
