import { describe, expect, it } from 'vitest';
import { readWatchEvent, watchUrl } from './status-watch';

describe('readWatchEvent', () => {
  it('reads a change and remembers where to resume', () => {
    expect(readWatchEvent({ type: 'MODIFIED', object: { metadata: { name: 'a', resourceVersion: '42' } } })).toEqual({ resourceVersion: '42', changed: true, restart: false });
    expect(readWatchEvent({ type: 'DELETED', object: { metadata: { resourceVersion: '43' } } }).changed).toBe(true);
  });

  it('moves the resume point on a bookmark without reading the cluster', () => {
    expect(readWatchEvent({ type: 'BOOKMARK', object: { metadata: { resourceVersion: '50' } } })).toEqual({ resourceVersion: '50', changed: false, restart: false });
  });

  it('starts afresh after an error such as 410 Gone, and reads the cluster since changes may be missed', () => {
    expect(readWatchEvent({ type: 'ERROR', object: { code: 410, message: 'too old resource version' } })).toEqual({ changed: true, restart: true });
  });
});

describe('watchUrl', () => {
  it('asks for bookmarks and a bounded session, resuming when a version is known', () => {
    expect(watchUrl('/api/v1/namespaces?labelSelector=a%3Db', 240, '7')).toBe('/api/v1/namespaces?labelSelector=a%3Db&watch=1&allowWatchBookmarks=true&timeoutSeconds=240&resourceVersion=7');
    expect(watchUrl('/apis/flink.apache.org/v1beta1/flinkstatesnapshots?labelSelector=x', 60)).toBe('/apis/flink.apache.org/v1beta1/flinkstatesnapshots?labelSelector=x&watch=1&allowWatchBookmarks=true&timeoutSeconds=60');
  });
});
