/**
 * Unicode data tables for str methods, generated from CPython 3.11.7 (Unicode 14.0.0) and compared
 * with Node's ICU tables: JS regex properties (\p{L}, \p{Nd}, \p{Lowercase}, …) and
 * toUpperCase/toLowerCase agree with CPython for every code point except those listed here.
 * Regenerate only if the target Python version changes (script: dump every code point's str
 * methods with python3, diff against the JS answers).
 */

/** Code points unassigned in Unicode 14 (CPython 3.11) but assigned in Node's newer Unicode. */
export const NEWER_THAN_14: readonly number[] = [
  0x88f, 0x88f, 0x897, 0x897, 0xc5c, 0xc5c, 0xcdc, 0xcdc, 0xcf3, 0xcf3, 0xece, 0xece, 0x1acf,
  0x1add, 0x1ae0, 0x1aeb, 0x1b4e, 0x1b4f, 0x1b7f, 0x1b7f, 0x1c89, 0x1c8a, 0x20c1, 0x20c1, 0x2427,
  0x2429, 0x2b96, 0x2b96, 0x2ffc, 0x2fff, 0x31e4, 0x31e5, 0x31ef, 0x31ef, 0xa7cb, 0xa7cf, 0xa7d2,
  0xa7d2, 0xa7d4, 0xa7d4, 0xa7da, 0xa7dc, 0xa7f1, 0xa7f1, 0xfbc3, 0xfbd2, 0xfd90, 0xfd91, 0xfdc8,
  0xfdce, 0x105c0, 0x105f3, 0x10940, 0x10959, 0x10d40, 0x10d65, 0x10d69, 0x10d85, 0x10d8e, 0x10d8f,
  0x10ec2, 0x10ec7, 0x10ed0, 0x10ed8, 0x10efa, 0x10eff, 0x1123f, 0x11241, 0x11380, 0x11389,
  0x1138b, 0x1138b, 0x1138e, 0x1138e, 0x11390, 0x113b5, 0x113b7, 0x113c0, 0x113c2, 0x113c2,
  0x113c5, 0x113c5, 0x113c7, 0x113ca, 0x113cc, 0x113d5, 0x113d7, 0x113d8, 0x113e1, 0x113e2,
  0x116d0, 0x116e3, 0x11b00, 0x11b09, 0x11b60, 0x11b67, 0x11bc0, 0x11be1, 0x11bf0, 0x11bf9,
  0x11db0, 0x11ddb, 0x11de0, 0x11de9, 0x11f00, 0x11f10, 0x11f12, 0x11f3a, 0x11f3e, 0x11f5a,
  0x1342f, 0x1342f, 0x13439, 0x13455, 0x13460, 0x143fa, 0x16100, 0x16139, 0x16d40, 0x16d79,
  0x16ea0, 0x16eb8, 0x16ebb, 0x16ed3, 0x16ff2, 0x16ff6, 0x187f8, 0x187ff, 0x18cff, 0x18cff,
  0x18d09, 0x18d1e, 0x18d80, 0x18df2, 0x1b132, 0x1b132, 0x1b155, 0x1b155, 0x1cc00, 0x1ccfc,
  0x1cd00, 0x1ceb3, 0x1ceba, 0x1ced0, 0x1cee0, 0x1cef0, 0x1d2c0, 0x1d2d3, 0x1df25, 0x1df2a,
  0x1e030, 0x1e06d, 0x1e08f, 0x1e08f, 0x1e4d0, 0x1e4f9, 0x1e5d0, 0x1e5fa, 0x1e5ff, 0x1e5ff,
  0x1e6c0, 0x1e6de, 0x1e6e0, 0x1e6f5, 0x1e6fe, 0x1e6ff, 0x1f6d8, 0x1f6d8, 0x1f6dc, 0x1f6dc,
  0x1f774, 0x1f77f, 0x1f7d9, 0x1f7d9, 0x1f8b2, 0x1f8bb, 0x1f8c0, 0x1f8c1, 0x1f8d0, 0x1f8d8,
  0x1fa54, 0x1fa57, 0x1fa75, 0x1fa77, 0x1fa87, 0x1fa8a, 0x1fa8e, 0x1fa8f, 0x1faad, 0x1faaf,
  0x1fabb, 0x1fabf, 0x1fac6, 0x1fac6, 0x1fac8, 0x1fac8, 0x1facd, 0x1facf, 0x1fada, 0x1fadc,
  0x1fadf, 0x1fadf, 0x1fae8, 0x1faea, 0x1faef, 0x1faef, 0x1faf7, 0x1faf8, 0x1fbcb, 0x1fbef,
  0x1fbfa, 0x1fbfa, 0x2b739, 0x2b73f, 0x2cea2, 0x2cead, 0x2ebf0, 0x2ee5d, 0x31350, 0x33479,
];

/** Numeric_Type=Digit but not Decimal (str.isdigit() true, isdecimal() false): inclusive ranges. */
export const DIGIT_NOT_DECIMAL: readonly number[] = [
  0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080,
  0x2089, 0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd, 0x24ff,
  0x24ff, 0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68,
  0x11052, 0x1105a, 0x1f100, 0x1f10a,
];

/** Numeric_Type=Numeric (str.isnumeric() true, isdigit() false): inclusive ranges. */
export const NUMERIC_NOT_DIGIT: readonly number[] = [
  0xbc, 0xbe, 0x9f4, 0x9f9, 0xb72, 0xb77, 0xbf0, 0xbf2, 0xc78, 0xc7e, 0xd58, 0xd5e, 0xd70, 0xd78,
  0xf2a, 0xf33, 0x1372, 0x137c, 0x16ee, 0x16f0, 0x17f0, 0x17f9, 0x2150, 0x2182, 0x2185, 0x2189,
  0x2469, 0x2473, 0x247d, 0x2487, 0x2491, 0x249b, 0x24eb, 0x24f4, 0x24fe, 0x24fe, 0x277f, 0x277f,
  0x2789, 0x2789, 0x2793, 0x2793, 0x2cfd, 0x2cfd, 0x3007, 0x3007, 0x3021, 0x3029, 0x3038, 0x303a,
  0x3192, 0x3195, 0x3220, 0x3229, 0x3248, 0x324f, 0x3251, 0x325f, 0x3280, 0x3289, 0x32b1, 0x32bf,
  0x3405, 0x3405, 0x3483, 0x3483, 0x382a, 0x382a, 0x3b4d, 0x3b4d, 0x4e00, 0x4e00, 0x4e03, 0x4e03,
  0x4e07, 0x4e07, 0x4e09, 0x4e09, 0x4e5d, 0x4e5d, 0x4e8c, 0x4e8c, 0x4e94, 0x4e94, 0x4e96, 0x4e96,
  0x4ebf, 0x4ec0, 0x4edf, 0x4edf, 0x4ee8, 0x4ee8, 0x4f0d, 0x4f0d, 0x4f70, 0x4f70, 0x5104, 0x5104,
  0x5146, 0x5146, 0x5169, 0x5169, 0x516b, 0x516b, 0x516d, 0x516d, 0x5341, 0x5341, 0x5343, 0x5345,
  0x534c, 0x534c, 0x53c1, 0x53c4, 0x56db, 0x56db, 0x58f1, 0x58f1, 0x58f9, 0x58f9, 0x5e7a, 0x5e7a,
  0x5efe, 0x5eff, 0x5f0c, 0x5f0e, 0x5f10, 0x5f10, 0x62fe, 0x62fe, 0x634c, 0x634c, 0x67d2, 0x67d2,
  0x6f06, 0x6f06, 0x7396, 0x7396, 0x767e, 0x767e, 0x8086, 0x8086, 0x842c, 0x842c, 0x8cae, 0x8cae,
  0x8cb3, 0x8cb3, 0x8d30, 0x8d30, 0x9621, 0x9621, 0x9646, 0x9646, 0x964c, 0x964c, 0x9678, 0x9678,
  0x96f6, 0x96f6, 0xa6e6, 0xa6ef, 0xa830, 0xa835, 0xf96b, 0xf96b, 0xf973, 0xf973, 0xf978, 0xf978,
  0xf9b2, 0xf9b2, 0xf9d1, 0xf9d1, 0xf9d3, 0xf9d3, 0xf9fd, 0xf9fd, 0x10107, 0x10133, 0x10140,
  0x10178, 0x1018a, 0x1018b, 0x102e1, 0x102fb, 0x10320, 0x10323, 0x10341, 0x10341, 0x1034a,
  0x1034a, 0x103d1, 0x103d5, 0x10858, 0x1085f, 0x10879, 0x1087f, 0x108a7, 0x108af, 0x108fb,
  0x108ff, 0x10916, 0x1091b, 0x109bc, 0x109bd, 0x109c0, 0x109cf, 0x109d2, 0x109ff, 0x10a44,
  0x10a48, 0x10a7d, 0x10a7e, 0x10a9d, 0x10a9f, 0x10aeb, 0x10aef, 0x10b58, 0x10b5f, 0x10b78,
  0x10b7f, 0x10ba9, 0x10baf, 0x10cfa, 0x10cff, 0x10e69, 0x10e7e, 0x10f1d, 0x10f26, 0x10f51,
  0x10f54, 0x10fc5, 0x10fcb, 0x1105b, 0x11065, 0x111e1, 0x111f4, 0x1173a, 0x1173b, 0x118ea,
  0x118f2, 0x11c5a, 0x11c6c, 0x11fc0, 0x11fd4, 0x12400, 0x1246e, 0x16b5b, 0x16b61, 0x16e80,
  0x16e96, 0x1d2e0, 0x1d2f3, 0x1d360, 0x1d378, 0x1e8c7, 0x1e8cf, 0x1ec71, 0x1ecab, 0x1ecad,
  0x1ecaf, 0x1ecb1, 0x1ecb4, 0x1ed01, 0x1ed2d, 0x1ed2f, 0x1ed3d, 0x1f10b, 0x1f10c, 0x20001,
  0x20001, 0x20064, 0x20064, 0x200e2, 0x200e2, 0x20121, 0x20121, 0x2092a, 0x2092a, 0x20983,
  0x20983, 0x2098c, 0x2098c, 0x2099c, 0x2099c, 0x20aea, 0x20aea, 0x20afd, 0x20afd, 0x20b19,
  0x20b19, 0x22390, 0x22390, 0x22998, 0x22998, 0x23b1b, 0x23b1b, 0x2626d, 0x2626d, 0x2f890,
  0x2f890,
];

/** Titlecase mappings that differ from the uppercase mapping: "cp:hex hex,…" (hex code points). */
export const TITLE_SPECIAL =
  'df:53 73,1c4:1c5,1c5:1c5,1c6:1c5,1c7:1c8,1c8:1c8,1c9:1c8,1ca:1cb,1cb:1cb,1cc:1cb,1f1:1f2,' +
  '1f2:1f2,1f3:1f2,587:535 582,10d0:10d0,10d1:10d1,10d2:10d2,10d3:10d3,10d4:10d4,10d5:10d5,' +
  '10d6:10d6,10d7:10d7,10d8:10d8,10d9:10d9,10da:10da,10db:10db,10dc:10dc,10dd:10dd,10de:10de,' +
  '10df:10df,10e0:10e0,10e1:10e1,10e2:10e2,10e3:10e3,10e4:10e4,10e5:10e5,10e6:10e6,10e7:10e7,' +
  '10e8:10e8,10e9:10e9,10ea:10ea,10eb:10eb,10ec:10ec,10ed:10ed,10ee:10ee,10ef:10ef,10f0:10f0,' +
  '10f1:10f1,10f2:10f2,10f3:10f3,10f4:10f4,10f5:10f5,10f6:10f6,10f7:10f7,10f8:10f8,10f9:10f9,' +
  '10fa:10fa,10fd:10fd,10fe:10fe,10ff:10ff,1f80:1f88,1f81:1f89,1f82:1f8a,1f83:1f8b,1f84:1f8c,' +
  '1f85:1f8d,1f86:1f8e,1f87:1f8f,1f88:1f88,1f89:1f89,1f8a:1f8a,1f8b:1f8b,1f8c:1f8c,1f8d:1f8d,' +
  '1f8e:1f8e,1f8f:1f8f,1f90:1f98,1f91:1f99,1f92:1f9a,1f93:1f9b,1f94:1f9c,1f95:1f9d,1f96:1f9e,' +
  '1f97:1f9f,1f98:1f98,1f99:1f99,1f9a:1f9a,1f9b:1f9b,1f9c:1f9c,1f9d:1f9d,1f9e:1f9e,1f9f:1f9f,' +
  '1fa0:1fa8,1fa1:1fa9,1fa2:1faa,1fa3:1fab,1fa4:1fac,1fa5:1fad,1fa6:1fae,1fa7:1faf,1fa8:1fa8,' +
  '1fa9:1fa9,1faa:1faa,1fab:1fab,1fac:1fac,1fad:1fad,1fae:1fae,1faf:1faf,1fb2:1fba 345,' +
  '1fb3:1fbc,1fb4:386 345,1fb7:391 342 345,1fbc:1fbc,1fc2:1fca 345,1fc3:1fcc,1fc4:389 345,' +
  '1fc7:397 342 345,1fcc:1fcc,1ff2:1ffa 345,1ff3:1ffc,1ff4:38f 345,1ff7:3a9 342 345,1ffc:1ffc,' +
  'fb00:46 66,fb01:46 69,fb02:46 6c,fb03:46 66 69,fb04:46 66 6c,fb05:53 74,fb06:53 74,' +
  'fb13:544 576,fb14:544 565,fb15:544 56b,fb16:54e 576,fb17:544 56d';

/** Full case folding where it differs from the lowercase mapping (same encoding). */
export const FOLD_SPECIAL =
  'b5:3bc,df:73 73,149:2bc 6e,17f:73,1f0:6a 30c,345:3b9,390:3b9 308 301,3b0:3c5 308 301,' +
  '3c2:3c3,3d0:3b2,3d1:3b8,3d5:3c6,3d6:3c0,3f0:3ba,3f1:3c1,3f5:3b5,587:565 582,13a0:13a0,' +
  '13a1:13a1,13a2:13a2,13a3:13a3,13a4:13a4,13a5:13a5,13a6:13a6,13a7:13a7,13a8:13a8,13a9:13a9,' +
  '13aa:13aa,13ab:13ab,13ac:13ac,13ad:13ad,13ae:13ae,13af:13af,13b0:13b0,13b1:13b1,13b2:13b2,' +
  '13b3:13b3,13b4:13b4,13b5:13b5,13b6:13b6,13b7:13b7,13b8:13b8,13b9:13b9,13ba:13ba,13bb:13bb,' +
  '13bc:13bc,13bd:13bd,13be:13be,13bf:13bf,13c0:13c0,13c1:13c1,13c2:13c2,13c3:13c3,13c4:13c4,' +
  '13c5:13c5,13c6:13c6,13c7:13c7,13c8:13c8,13c9:13c9,13ca:13ca,13cb:13cb,13cc:13cc,13cd:13cd,' +
  '13ce:13ce,13cf:13cf,13d0:13d0,13d1:13d1,13d2:13d2,13d3:13d3,13d4:13d4,13d5:13d5,13d6:13d6,' +
  '13d7:13d7,13d8:13d8,13d9:13d9,13da:13da,13db:13db,13dc:13dc,13dd:13dd,13de:13de,13df:13df,' +
  '13e0:13e0,13e1:13e1,13e2:13e2,13e3:13e3,13e4:13e4,13e5:13e5,13e6:13e6,13e7:13e7,13e8:13e8,' +
  '13e9:13e9,13ea:13ea,13eb:13eb,13ec:13ec,13ed:13ed,13ee:13ee,13ef:13ef,13f0:13f0,13f1:13f1,' +
  '13f2:13f2,13f3:13f3,13f4:13f4,13f5:13f5,13f8:13f0,13f9:13f1,13fa:13f2,13fb:13f3,13fc:13f4,' +
  '13fd:13f5,1c80:432,1c81:434,1c82:43e,1c83:441,1c84:442,1c85:442,1c86:44a,1c87:463,1c88:a64b,' +
  '1e96:68 331,1e97:74 308,1e98:77 30a,1e99:79 30a,1e9a:61 2be,1e9b:1e61,1e9e:73 73,' +
  '1f50:3c5 313,1f52:3c5 313 300,1f54:3c5 313 301,1f56:3c5 313 342,1f80:1f00 3b9,1f81:1f01 3b9,' +
  '1f82:1f02 3b9,1f83:1f03 3b9,1f84:1f04 3b9,1f85:1f05 3b9,1f86:1f06 3b9,1f87:1f07 3b9,' +
  '1f88:1f00 3b9,1f89:1f01 3b9,1f8a:1f02 3b9,1f8b:1f03 3b9,1f8c:1f04 3b9,1f8d:1f05 3b9,' +
  '1f8e:1f06 3b9,1f8f:1f07 3b9,1f90:1f20 3b9,1f91:1f21 3b9,1f92:1f22 3b9,1f93:1f23 3b9,' +
  '1f94:1f24 3b9,1f95:1f25 3b9,1f96:1f26 3b9,1f97:1f27 3b9,1f98:1f20 3b9,1f99:1f21 3b9,' +
  '1f9a:1f22 3b9,1f9b:1f23 3b9,1f9c:1f24 3b9,1f9d:1f25 3b9,1f9e:1f26 3b9,1f9f:1f27 3b9,' +
  '1fa0:1f60 3b9,1fa1:1f61 3b9,1fa2:1f62 3b9,1fa3:1f63 3b9,1fa4:1f64 3b9,1fa5:1f65 3b9,' +
  '1fa6:1f66 3b9,1fa7:1f67 3b9,1fa8:1f60 3b9,1fa9:1f61 3b9,1faa:1f62 3b9,1fab:1f63 3b9,' +
  '1fac:1f64 3b9,1fad:1f65 3b9,1fae:1f66 3b9,1faf:1f67 3b9,1fb2:1f70 3b9,1fb3:3b1 3b9,' +
  '1fb4:3ac 3b9,1fb6:3b1 342,1fb7:3b1 342 3b9,1fbc:3b1 3b9,1fbe:3b9,1fc2:1f74 3b9,1fc3:3b7 3b9,' +
  '1fc4:3ae 3b9,1fc6:3b7 342,1fc7:3b7 342 3b9,1fcc:3b7 3b9,1fd2:3b9 308 300,1fd3:3b9 308 301,' +
  '1fd6:3b9 342,1fd7:3b9 308 342,1fe2:3c5 308 300,1fe3:3c5 308 301,1fe4:3c1 313,1fe6:3c5 342,' +
  '1fe7:3c5 308 342,1ff2:1f7c 3b9,1ff3:3c9 3b9,1ff4:3ce 3b9,1ff6:3c9 342,1ff7:3c9 342 3b9,' +
  '1ffc:3c9 3b9,ab70:13a0,ab71:13a1,ab72:13a2,ab73:13a3,ab74:13a4,ab75:13a5,ab76:13a6,' +
  'ab77:13a7,ab78:13a8,ab79:13a9,ab7a:13aa,ab7b:13ab,ab7c:13ac,ab7d:13ad,ab7e:13ae,ab7f:13af,' +
  'ab80:13b0,ab81:13b1,ab82:13b2,ab83:13b3,ab84:13b4,ab85:13b5,ab86:13b6,ab87:13b7,ab88:13b8,' +
  'ab89:13b9,ab8a:13ba,ab8b:13bb,ab8c:13bc,ab8d:13bd,ab8e:13be,ab8f:13bf,ab90:13c0,ab91:13c1,' +
  'ab92:13c2,ab93:13c3,ab94:13c4,ab95:13c5,ab96:13c6,ab97:13c7,ab98:13c8,ab99:13c9,ab9a:13ca,' +
  'ab9b:13cb,ab9c:13cc,ab9d:13cd,ab9e:13ce,ab9f:13cf,aba0:13d0,aba1:13d1,aba2:13d2,aba3:13d3,' +
  'aba4:13d4,aba5:13d5,aba6:13d6,aba7:13d7,aba8:13d8,aba9:13d9,abaa:13da,abab:13db,abac:13dc,' +
  'abad:13dd,abae:13de,abaf:13df,abb0:13e0,abb1:13e1,abb2:13e2,abb3:13e3,abb4:13e4,abb5:13e5,' +
  'abb6:13e6,abb7:13e7,abb8:13e8,abb9:13e9,abba:13ea,abbb:13eb,abbc:13ec,abbd:13ed,abbe:13ee,' +
  'abbf:13ef,fb00:66 66,fb01:66 69,fb02:66 6c,fb03:66 66 69,fb04:66 66 6c,fb05:73 74,' +
  'fb06:73 74,fb13:574 576,fb14:574 565,fb15:574 56b,fb16:57e 576,fb17:574 56d';

/** Code points whose JS toUpperCase() gained a mapping after Unicode 14 (CPython keeps them). */
export const UPPER_UNCHANGED: readonly number[] = [0x19b, 0x264, 0xa7d3, 0xa7d5];

/** Code points that became Lowercase (Other_Lowercase) after Unicode 14. */
export const LOWERCASE_AFTER_14: readonly number[] = [0x10fc, 0xa7f2, 0xa7f3, 0xa7f4, 0xab69];

/** U+0295 was Lowercase (and so cased) in Unicode 14 but is no longer. */
export const LOWERCASE_UNTIL_14 = 0x295;

/** Code points that became XID_Continue after Unicode 14. */
export const XID_CONTINUE_AFTER_14: readonly number[] = [0x200c, 0x200d, 0x30fb, 0xff65];
