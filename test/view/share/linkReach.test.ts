import { describe, expect, it } from 'vitest';
import { linkReach, pageLink } from '../../../src/view/share/linkReach';

describe('linkReach', () => {
  it('says who can open a link: the network, this computer only, or nobody else (a file)', () => {
    expect(linkReach('http://192.168.1.20:4173/#v=1')).toBe('network');
    expect(linkReach('https://example.org/cnn/#v=1')).toBe('network');
    expect(linkReach('http://localhost:5173/#v=1')).toBe('local');
    expect(linkReach('http://127.0.0.1:4173/')).toBe('local');
    expect(linkReach('http://[::1]:4173/')).toBe('local');
    expect(linkReach('file:///home/t/cnn-playground.html#v=1')).toBe('file');
    expect(linkReach('not a url')).toBe('file');
  });
});

describe('pageLink', () => {
  it("puts the state's hash on the page's address in place of any hash it had", () => {
    expect(pageLink('http://10.0.0.5:4173/?x=1#v=1&old', '#v=1&new')).toBe(
      'http://10.0.0.5:4173/?x=1#v=1&new',
    );
    expect(pageLink('http://10.0.0.5:4173/', '#v=1')).toBe('http://10.0.0.5:4173/#v=1');
  });
});
