import {
  CONTRACT_000_TERMS,
  CONTRACT_001_TERMS,
  CONTRACT_002_TERMS,
  CONTRACT_003_TERMS,
  CONTRACT_004_TERMS,
  ContractTerms,
} from '@app/domain';
import { seedContractId } from '../apps/api/src/seeding/seed-ids';
import type { SeedContractFile } from '../apps/api/src/seeding/seed.types';

/**
 * The five reference contracts (../shared/contracts/), with what their text leaves out. The terms
 * are the domain's typed examples, each term citing its clause in `source`; write-contract-files
 * turns this table into seeds/contracts/contract-00X.json.
 */
export interface ReferenceContract {
  key: string;
  file: string;
  terms: ContractTerms;
  assumptions: string[];
}

export const REFERENCE_CONTRACTS: ReferenceContract[] = [
  {
    key: '000',
    file: '000_d656c2c08ac49afd.txt',
    terms: CONTRACT_000_TERMS,
    assumptions: [
      'Signing date 2022-02-28 is assumed: the text does not date the signatures. The award notice (附件一) is dated 2022-02-16 and the service starts 2022-03-01 (第三条), so the last working day before the service is taken.',
      '第五条 2: the interim payment waits for a phase acceptance (milestone "phase"), the text\'s "完成相应工作并经甲方验收通过".',
      '第十九条 "24 小时内" (force-majeure notice) is encoded as 1 calendar day.',
      '第五条 5: a treasury restriction defers a payment without default (fundingDelayExcused); the contract has no late-payment interest clause.',
    ],
  },
  {
    key: '001',
    file: '001_555d730d39ba466d.txt',
    terms: CONTRACT_001_TERMS,
    assumptions: [
      'Service "签订本合同之日起 12 个月" runs 2022-07-07 … 2023-07-06: the signing day is not counted (Civil Code art. 201–202).',
      '4.2: the 60 % start payment "双方签署合同后 10 个工作日内" is read as due within 10 working days of signing, the same window as the bond.',
      '4.2: the 2nd and 3rd payments fall due 30 working days after the client confirms the application; the ledger has no confirmation fact, so they carry no due date.',
      '10.2 "立即通知" (force-majeure notice) is encoded as a 0-day window.',
      'No penalty is set off against a payment: 001 has no set-off clause (13.1.7 only lets the client withhold the affected fees).',
    ],
  },
  {
    key: '002',
    file: '002_04cdb9e62fde1a41.txt',
    terms: CONTRACT_002_TERMS,
    assumptions: [
      'The cover page says "首期付款金额为合同金额的30%", but 第四条 1 pays 70 % first; 第四条 is encoded (第十一条 3: the contract text prevails).',
      '第四条 1 "于 2021 年内支付" is read as due by 2021-12-31.',
      '第四条 2: the final 30 % ("项目通过验收且财政预算款项到位当年内") has no computable due date.',
    ],
  },
  {
    key: '003',
    file: '003_10871f5394457c31.txt',
    terms: CONTRACT_003_TERMS,
    assumptions: [
      'Signing date 2022-12-20 is assumed: the signature page is blank. The contract is the "2022 年度" contract for "2022-2023年度系统维护服务"; service runs 12 months from signing (第一条 2), i.e. 2022-12-21 … 2023-12-20 (Civil Code art. 201–202).',
      '附件 1 第 7 节 "合同截止后 1 个月内…启动项目终验" is kept as a note, not as a computed deadline.',
      '第二条 2(8): after expiry the supplier serves free until the next contract (holdover "free").',
    ],
  },
  {
    key: '004',
    file: '004_5965ecac56548d93.txt',
    terms: CONTRACT_004_TERMS,
    assumptions: [
      '第七条 1: the phase acceptance "2022 年 11 月" is encoded as planned by 2022-11-30.',
      '第十九条 "24 小时内" (force-majeure notice) is encoded as 1 calendar day.',
      'The contract has no late-payment interest clause; a late payment is flagged only.',
    ],
  },
];

/** The seed file of a reference contract (its id derives from the source file name). */
export function contractSeedFile(reference: ReferenceContract): SeedContractFile {
  return {
    contractId: seedContractId(reference.file.replace(/\.txt$/, '')),
    file: reference.file,
    title: reference.terms.projectName,
    assumptions: reference.assumptions,
    terms: reference.terms,
  };
}
