import { csvFileName, guardFormula, toCsv, wantsCsv, wantsExcelCsv } from './csv.serializer';

describe('toCsv', () => {
  it('writes RFC 4180: header, CRLF, quotes around commas, quotes, CR and LF', () => {
    expect(
      toCsv([
        { id: 'pay-1', memo: 'a, b', note: 'say "hi"', lines: 'one\ntwo', amount: '704100.00' },
        { id: 'pay-2', memo: null, note: undefined, lines: '', amount: '-5867.50' },
      ]),
    ).toBe(
      'id,memo,note,lines,amount\r\n' +
        'pay-1,"a, b","say ""hi""","one\ntwo",704100.00\r\n' +
        'pay-2,,,,-5867.50\r\n',
    );
  });

  it('writes objects as JSON and only the given columns, in their order', () => {
    expect(toCsv([{ a: 1, b: { x: 1 }, c: 'skip' }], ['b', 'a'])).toBe('b,a\r\n"{""x"":1}",1\r\n');
  });

  it('turns a cell a spreadsheet would execute into text, but keeps negative money a number', () => {
    expect(
      toCsv([
        { client: '=HYPERLINK("http://x","y")', memo: '@SUM(A1)', pay: '+cmd|x', amount: '-1.00' },
      ]),
    ).toBe(
      'client,memo,pay,amount\r\n"\'=HYPERLINK(""http://x"",""y"")",\'@SUM(A1),\'+cmd|x,-1.00\r\n',
    );
    expect(guardFormula('\tx')).toBe("'\tx");
    expect(guardFormula('-')).toBe("'-");
    expect(guardFormula('北京市应急指挥保障中心')).toBe('北京市应急指挥保障中心');
  });
});

describe('content negotiation', () => {
  it('asks for CSV with Accept: text/csv, and for Excel with its excel=true parameter', () => {
    expect(wantsCsv('text/csv')).toBe(true);
    expect(wantsCsv('application/json')).toBe(false);
    expect(wantsExcelCsv('text/csv; excel=true')).toBe(true);
    expect(wantsExcelCsv('text/csv;charset=utf-8;excel=true')).toBe(true);
    expect(wantsExcelCsv('text/csv')).toBe(false);
    expect(wantsExcelCsv('application/json; excel=true')).toBe(false);
  });

  it('names the download after the view', () => {
    expect(
      csvFileName('/contracts/b44145ef-8a49-5b4c-802f-6b7bddd0311b/ledger?asOf=2023-01-01'),
    ).toBe('ledger-b44145ef-8a49-5b4c-802f-6b7bddd0311b.csv');
    expect(csvFileName('/contracts/c-1')).toBe('contract-c-1.csv');
    expect(csvFileName('/contracts')).toBe('contracts.csv');
    expect(csvFileName('/reconciliation')).toBe('reconciliation.csv');
    expect(csvFileName('/contracts/%22x%22%0d/bond')).toBe('bond-_x__.csv');
  });
});
