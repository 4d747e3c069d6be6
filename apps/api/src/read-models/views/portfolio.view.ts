import {
  feeBalance,
  feeDifference,
  outstandingFees,
  periodBalances,
  sumMoney,
  type PeriodBalances,
} from '@app/domain';
import type { PortfolioContract, PortfolioFilter } from '../portfolio-reconciliation.query';
import { uniqueSources, type Figure } from '@app/read-models';

export interface PortfolioContractView {
  contractId: string;
  client: string | null;
  supplier: string | null;
  status: string;
  expected: Figure;
  invoiced: Figure;
  received: Figure;
  /** Termination refunds paid back (they give back what was received, 002 第十二条 2). */
  refundsPaid: Figure;
  /** expected − (received − refunds paid); its sources are every line behind them. */
  outstanding: Figure;
  difference: 'settled' | 'outstanding' | 'overpaid';
  /** Line-by-line explanation of this contract's difference. */
  details: string;
  /** With ?from/?to: opening balance + the period's movements = closing balance. */
  period: PeriodBalances | null;
}

export interface PortfolioView {
  filters: {
    client: string | null;
    supplier: string | null;
    from: string | null;
    to: string | null;
  };
  totals: {
    contracts: number;
    expected: string;
    invoiced: string;
    received: string;
    refundsPaid: string;
    outstanding: string;
  };
  /** With ?from/?to: the portfolio's opening balance + movements = closing balance. */
  period: PeriodBalances | null;
  contracts: PortfolioContractView[];
  page: { limit: number; nextCursor: string | null };
}

const zero: Figure = { amount: '0.00', sources: [] };

export interface PortfolioBalances {
  page: PortfolioContract[];
  totals: { contracts: number; sums: Record<string, string> };
}

const amounts = (sums: Record<string, { amount: string }>) =>
  Object.fromEntries(Object.entries(sums).map(([k, f]) => [k, f.amount]));

/**
 * Figures are sums of ledger lines dated in [from, to] (all dates when omitted): the period's
 * movements. With a period, `period` shows them between the opening balance (as of the day before
 * `from`) and the closing balance (as of `to`), each read on its own (domain periodBalances).
 */
export function portfolioView(
  filter: PortfolioFilter,
  page: PortfolioContract[],
  totals: { contracts: number; sums: Record<string, string> },
  balances: { opening: PortfolioBalances | null; closing: PortfolioBalances } | null = null,
): PortfolioView {
  const periodOf = (
    movements: Record<string, string>,
    opening: Record<string, string> | undefined,
    closing: Record<string, string> | undefined,
  ) =>
    balances
      ? periodBalances(feeBalance(opening ?? {}), feeBalance(movements), feeBalance(closing ?? {}))
      : null;
  const sumsOf = (b: PortfolioBalances | null | undefined, contractId: string) => {
    const found = b?.page.find((c) => c.contractId === contractId);
    return found ? amounts(found.sums) : undefined;
  };
  const contracts = page.map((c) => {
    const expected = c.sums.expected ?? zero;
    const received = c.sums.received ?? zero;
    const refundsPaid = c.sums.refundsPaid ?? zero;
    const outstanding = outstandingFees(expected.amount, received.amount, refundsPaid.amount);
    return {
      contractId: c.contractId,
      client: c.client,
      supplier: c.supplier,
      status: c.status,
      expected,
      invoiced: c.sums.invoiced ?? zero,
      received,
      refundsPaid,
      outstanding: {
        amount: outstanding,
        sources: uniqueSources([...expected.sources, ...received.sources, ...refundsPaid.sources]),
      },
      difference: feeDifference(outstanding),
      details: `/contracts/${encodeURIComponent(c.contractId)}/reconciliation`,
      period: periodOf(
        amounts(c.sums),
        sumsOf(balances?.opening, c.contractId),
        sumsOf(balances?.closing, c.contractId),
      ),
    };
  });
  const sum = (account: string) => sumMoney([totals.sums[account] ?? '0.00']);
  return {
    filters: {
      client: filter.client ?? null,
      supplier: filter.supplier ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
    },
    totals: {
      contracts: totals.contracts,
      expected: sum('expected'),
      invoiced: sum('invoiced'),
      received: sum('received'),
      refundsPaid: sum('refundsPaid'),
      outstanding: outstandingFees(sum('expected'), sum('received'), sum('refundsPaid')),
    },
    period: periodOf(totals.sums, balances?.opening?.totals.sums, balances?.closing.totals.sums),
    contracts,
    page: {
      limit: filter.limit,
      nextCursor: page.length === filter.limit ? page[page.length - 1].contractId : null,
    },
  };
}
