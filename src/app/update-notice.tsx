import { useSyncExternalStore } from 'react';
import { isUpdated, subscribeToUpdate } from './service-worker';

/** A quiet note when a new version of the site was deployed while this page was open. */
export function UpdateNotice() {
  const updated = useSyncExternalStore(subscribeToUpdate, isUpdated, () => false);
  if (!updated) return null;
  return (
    <div className="update-notice" role="status">
      サイトが更新されました。
      <button type="button" className="button-link" onClick={() => window.location.reload()}>
        再読み込みして最新の内容を表示
      </button>
    </div>
  );
}
