    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
/    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
T    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
/    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
#    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
<    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
>    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
#    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
<    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
>    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
#    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
<    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
>    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
#    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
"    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
"    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
#    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
"    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
"    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
#    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
"    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
"    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
y    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
{    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
6    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
4    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
}    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
{    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
z    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
8    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
=    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
3    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
&    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
z    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
!    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
{    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
}    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
1    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
&    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
-    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
>    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
2    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
&    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
-    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
>    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
3    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
&    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
-    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
>    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
-    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
>    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
=    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
4    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
&    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
-    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
>    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
-    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
>    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
=    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
1    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
5    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
&    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
-    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
>    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
}    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
{    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
6    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
4    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
5    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
F    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
T    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
R    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
A    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
w    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
F    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
O    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
F    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
T    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
R    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
A    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
S    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
T    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
A    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
T    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
U    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
S    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
2    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
k    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
-    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
5    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
F    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
O    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
F    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
T    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
R    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
A    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
S    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
T    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
A    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
T    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
U    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
S    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
7    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
F    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
O    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
F    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
T    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
R    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
A    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
R    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
A    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
S    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
O    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
N    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
8    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
4    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
3    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
I    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
N    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
T    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
3    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
2    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
M    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
I    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
N    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
F    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
O    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
=    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
2    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
3    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
4    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
&    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
1    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
!    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
=    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
/    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
'    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
w    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
3    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
2    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
6    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
4    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
-    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
/    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
!    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
T    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
P    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
O    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
M    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
S    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
+    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
5    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
1    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
&    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
2    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
9    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
/    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
z    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
z    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
-    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
5    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
/    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
2    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
&    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
3    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
1    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
4    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
3    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
&    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
8    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
4    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
3    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
/    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
z    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
z    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
I    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
N    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
T    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
3    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
2    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
M    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
I    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
N    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
3    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
2    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
/    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
!    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
}    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
{    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
=    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
<    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
3    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
+    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
+    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
{    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
F    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
T    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
R    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
A    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
S    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
T    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
A    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
T    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
U    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
S    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
2    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
k    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
F    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
M    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
T    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
R    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
I    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
1    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
F    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
O    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
G    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
W    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
A    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
R    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
N    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
"    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
"    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
}    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
N    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
U    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
}    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
/    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
R    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
w    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
:    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
y    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
/    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
{    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
[    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
3    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
]    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
*    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
z    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
=    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
8    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
[    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
6    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
4    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
]    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
z    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
6    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
4    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
&    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
=    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
<    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
3    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
+    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
+    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
{    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
&    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
[    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
]    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
N    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
U    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
N    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
U    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
=    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
=    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
}    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
=    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
<    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
2    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
+    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
+    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
{    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
w    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
=    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
k    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
z    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
8    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
+    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
%    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
5    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
>    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
{    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
k    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
&    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
k    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
z    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
}    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
}    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
=    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
<    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
3    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
+    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
+    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
{    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
j    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
[    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
]    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
N    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
U    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
}    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
F    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
L    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
M    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
T    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
R    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
I    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
9    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
=    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
6    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
4    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
&    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
{    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
"    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
%    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
%    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
%    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
%    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
%    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
%    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
\    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
"    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
h    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
b    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
}    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
&    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
&    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
=    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
&    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
3    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
+    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
x    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
3    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
+    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
.    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
9    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
H    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
C    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
K    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
E    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
Q    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
+    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
,    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
9    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
0    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
}    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
v    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
{    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
f    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
"    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
"    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
R    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
U    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
N    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
m    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
p    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
l    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
a    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
s    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
     /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
R    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
U    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
N    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
(    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
u    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
t    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
_    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
e    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
c    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
o    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
r    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
d    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
i    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
n    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
g    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
)    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
;    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
}    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);

    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
