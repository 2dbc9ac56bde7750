import { useState } from 'react';
import { format } from '../../i18n/i18n';
import { auditApi, type AuditChainStatus } from '../audit.api';
import { useAuditTexts } from '../use-audit-texts';

/** Runs the hash-chain check on request and says, in words, whether the log is whole. */
export function ChainCheck() {
  const { a, locale } = useAuditTexts();
  const [state, setState] = useState<{ status: 'idle' | 'checking' | 'failed' } | { status: 'done'; result: AuditChainStatus }>({ status: 'idle' });
  const check = async () => {
    setState({ status: 'checking' });
    try {
      setState({ result: await auditApi.chain(), status: 'done' });
    } catch {
      setState({ status: 'failed' });
    }
  };
  return (
    <section className="section" aria-labelledby="audit-chain-title">
      <h2 id="audit-chain-title">{a.chain.title}</h2>
      <p>{a.chain.intro}</p>
      <button type="button" className="button button--secondary" aria-disabled={state.status === 'checking' || undefined} onClick={() => state.status !== 'checking' && void check()}>
        {state.status === 'checking' ? a.chain.checking : a.chain.check}
      </button>
      <div aria-live="polite">
        {state.status === 'failed' && (
          <p className="notice notice--error" role="alert">
            {a.chain.failed}
          </p>
        )}
        {state.status === 'done' && state.result.intact && (
          <p className="notice notice--success">{format(a.chain.intact, { first: state.result.firstSeq, head: state.result.headSeq, rows: state.result.rowsChecked.toLocaleString(locale) })}</p>
        )}
        {state.status === 'done' && !state.result.intact && (
          <div className="notice notice--error" role="alert">
            <p>{format(a.chain.broken, { count: state.result.problems.length })}</p>
            <ul>
              {state.result.problems.map((problem) => (
                <li key={`${problem.kind}-${problem.seq}-${problem.message}`}>{problem.message}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
