import type { ShareMessages } from './messages';

export const shareZh: ShareMessages = {
  share: '分享',
  shareTitle: '把这个页面分享给全班：链接和可扫描的二维码',
  dialogTitle: '分享给全班',
  scanHint: '用手机相机对准二维码：打开的就是现在这个页面。',
  linkLabel: '这个页面的链接',
  copyLink: '复制链接',
  copied: '已复制',
  copyFailed: '浏览器不允许复制：请选中链接后手动复制。',
  close: '关闭',
  qrLabel: (n) => `链接的二维码（${n}×${n} 个方块）`,
  linkLength: (chars) => `${chars.toLocaleString('zh-CN')} 个字符`,
  tooLong: (chars, max) =>
    `这个链接太长，放不进二维码：共 ${chars.toLocaleString('zh-CN')} 个字符，` +
    `而二维码最多容纳 ${max.toLocaleString('zh-CN')} 个。请把图片调小，` +
    '或者把这个页面存为快照，导出快照文件后发送文件。',
  dense: (n) =>
    `二维码很密（${n}×${n} 个方块），离得远可能扫不出。请进入演示模式，或把图片调小以缩短链接。`,
  fromFile:
    '这个页面是从本机的文件打开的，手机打不开它的链接。请用 npm run classroom 在局域网上提供页面，或把文件发给学生。',
  localOnly:
    '这个页面只在本机（localhost）上提供，手机打不开它的链接。请用 npm run classroom 在局域网上提供页面。',

  snapshots: '快照',
  snapshotsTitle: '给这个页面起名保存，以后再打开，或导出为文件',
  snapshotsDialogTitle: '这个浏览器里的快照',
  snapshotsAbout:
    '快照用一个名字在这个浏览器里保存整个页面（图片、卷积核、设置）。打开快照是一步操作，可以撤销。',
  nameLabel: '名称',
  keep: '保存这个页面',
  defaultName: (date) => `快照，${date}`,
  none: '还没有快照。',
  keptAt: (date) => `保存于 ${date}`,
  open: '打开',
  rename: '重命名',
  save: '保存',
  cancel: '取消',
  remove: '删除',
  confirmRemove: (name) => `删除“${name}”？`,
  exportFile: '导出为文件',
  importFile: '导入文件',
  kept: (name) => `已保存“${name}”。`,
  opened: (name) => `已打开“${name}”。撤销可以回到之前的页面。`,
  removed: (name) => `已删除“${name}”。`,
  imported: (added, skipped, file) =>
    `已从 ${file} 导入 ${added} 个快照` + (skipped > 0 ? `（${skipped} 个已经存在）。` : '。'),
  storageFull: '浏览器拒绝保存快照（存储空间已满或被关闭）。请删除一些快照，或导出为文件。',
  fileError: (file, e) => {
    const why = (() => {
      switch (e.kind) {
        case 'notJson':
          return '它不是 JSON。';
        case 'notSnapshots':
          return '它不是快照文件（没有 "format": "cnn-playground-snapshots"）。';
        case 'version':
          return `它是第 ${e.version} 版快照文件；这个页面只能读取第 1 版。`;
        case 'noList':
          return '"snapshots" 必须是一个列表。';
        case 'tooMany':
          return `它有 ${e.count} 个快照，最多只能保存 ${e.max} 个。`;
        case 'entry':
          return e.field === 'entry'
            ? `第 ${e.index} 个快照不是包含名称、链接和日期的对象。`
            : `第 ${e.index} 个快照的 "${e.field}" 无效` +
                (e.field === 'savedAt' ? '（应为日期，如 "2026-12-02T08:00:00.000Z"）。' : '。');
        case 'link':
          return `第 ${e.index} 个快照的链接无法读取（已损坏或来自其他版本）。`;
      }
    })();
    return `没有从 ${file} 导入任何内容：${why}`;
  },

  keptName: (date) => `打开链接之前，${date}`,
  keptNotice: (name) =>
    `这个链接替换了这个浏览器里保存的工作。原来的工作已保存为快照“${name}”（在“快照”里）。`,
  restore: '恢复',
  restored: (name) => `已恢复“${name}”。撤销可以回到链接的页面。`,
};
