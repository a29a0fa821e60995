# Covers: exception group printing limits: more than 15 sub-exceptions ("and N more") inside a
# group nested more than 10 levels deep ("... (max_group_depth is 10)").
inner = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
e = inner
for i in range(11):
    e = ExceptionGroup(f"depth {i}", [e, KeyError(i)])
raise e
