import { feeDifference, outstandingFees, sumMoney } from '@app/domain';
import type { PortfolioContract, PortfolioFilter } from '../portfolio-reconciliation.query';
import { uniqueSources, type Figure } from './view-support.helpers';

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
  contracts: PortfolioContractView[];
  page: { limit: number; nextCursor: string | null };
}

const zero: Figure = { amount: '0.00', sources: [] };

/** Figures are sums of ledger lines dated in [from, to] (all dates when omitted). */
export function portfolioView(
  filter: PortfolioFilter,
  page: PortfolioContract[],
  totals: { contracts: number; sums: Record<string, string> },
): PortfolioView {
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
    contracts,
    page: {
      limit: filter.limit,
      nextCursor: page.length === filter.limit ? page[page.length - 1].contractId : null,
    },
  };
}
